package org.livingreview.model.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * pandoc's citation syntax as commonmark-java inline syntax: bracketed citations {@code [see @a, p. 3; @b]}
 * through a link processor, narrative citations {@code @a} (optionally {@code @a [p. 3]}) and claim
 * placements {@code {{claim:id}}} through inline content parsers. commonmark-java parses code spans, links
 * and autolinks first, so an {@code @} inside them is never seen; an {@code @} right after a letter, digit or
 * URL punctuation (an e-mail address, a bare URL) does not start a citation, as in pandoc.
 */
final class CitationSyntax {

    /** pandoc's citation key: a letter, digit or _ first; inner punctuation only between key characters. */
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*");
    private static final Pattern ITEM = Pattern.compile("(?s)^(.*?)(?<![^\\s])(-?)@(" + KEY.pattern() + ")(.*)$");
    private static final Pattern LOCATOR_VALUE = Pattern.compile(
            "(?:\\p{N}[\\p{L}\\p{N}.]*|[ivxlcdm]+)(?:\\s*[-\u2013\u2014&]\\s*(?:\\p{N}[\\p{L}\\p{N}.]*|[ivxlcdm]+)"
                    + "|,\\s*\\p{N}[\\p{L}\\p{N}.]*(?:\\s*[-\u2013\u2014]\\s*\\p{N}[\\p{L}\\p{N}.]*)?)*");
    private static final Pattern CLAIM = Pattern.compile("\\{\\{claim:([^{}\\s]+)}}");
    /** Characters after which an {@code @} may start a narrative citation, besides whitespace. */
    private static final String BEFORE_NARRATIVE = "([{\"'*_\u201c\u2018\u00ab\u2014\u2013";
    /** The CSL locator terms pandoc recognises in English, short and long, singular and plural. */
    static final Map<String, String> LABELS = labels();

    private CitationSyntax() {
    }

    /** A part of a cited item, with its offset in the file. */
    record Item(String key, int keyOffset, String prefix, String label, String locator, String suffix,
                boolean suppressAuthor) {
    }

    /** Where a citation was found; its items are read again from the source text between its offsets. */
    static final class CitationNode extends CustomNode {
        final boolean narrative;

        CitationNode(boolean narrative) {
            this.narrative = narrative;
        }
    }

    /** Where a claim placement was found. */
    static final class ClaimNode extends CustomNode {
        final String claimId;

        ClaimNode(String claimId) {
            this.claimId = claimId;
        }
    }

    /** The Markdown parser: CommonMark with GFM tables, citations and claim placements, with source spans. */
    static Parser parser() {
        return Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .linkProcessor((info, scanner, context) -> info.destination() == null && info.label() == null
                        && bracketed(info.text(), 0).isPresent()
                        ? LinkResult.replaceWith(new CitationNode(false), scanner.position()) : LinkResult.none())
                .customInlineContentParserFactory(factory('@', CitationSyntax::narrative))
                .customInlineContentParserFactory(factory('{', CitationSyntax::claim))
                .build();
    }

    /**
     * The items of a bracketed citation's inner text ({@code offset}: where that text starts in the file),
     * or empty when the text is not a citation: every item separated by {@code ;} must name one key.
     */
    static Optional<List<Item>> bracketed(String inner, int offset) {
        List<Item> items = new ArrayList<>();
        int at = 0;
        for (String part : inner.split(";", -1)) {
            Matcher m = ITEM.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            String prefix = m.group(1).strip();
            items.add(withLocator(m.group(3), offset + at + m.start(3) - 1, prefix.isEmpty() ? null : prefix,
                    m.group(4), !m.group(2).isEmpty()));
            at += part.length() + 1;
        }
        return Optional.of(items);
    }

    /** The item of a narrative citation {@code @key} or {@code @key [locator, suffix]}: text after the key. */
    static Item narrativeItem(String source, int offset) {
        Matcher key = KEY.matcher(source).region(offset + 1, source.length());
        key.lookingAt();
        String rest = source.substring(key.end()).stripLeading();
        String suffix = rest.startsWith("[") ? rest.substring(1, rest.indexOf(']')) : "";
        return withLocator(key.group(), offset, null, suffix.isBlank() ? "" : ", " + suffix.strip(), false);
    }

    private static Item withLocator(String key, int keyOffset, String prefix, String after, boolean suppress) {
        String suffix = after.strip();
        String label = null;
        String locator = null;
        if (suffix.startsWith(",")) {
            String rest = suffix.substring(1).strip();
            String word = rest.split("\\s+", 2)[0];
            String term = LABELS.get(word.toLowerCase(java.util.Locale.ROOT));
            String value = term == null ? rest : rest.substring(word.length()).strip();
            Matcher v = LOCATOR_VALUE.matcher(value);
            if ((term != null || !value.isEmpty() && Character.isDigit(value.charAt(0))) && v.lookingAt()) {
                label = term == null ? "page" : term;
                locator = v.group();
                String remaining = value.substring(v.end()).strip();
                suffix = remaining.isEmpty() ? "" : remaining.startsWith(",") ? remaining : " " + remaining;
            }
        }
        return new Item(key, keyOffset, prefix, label, locator, suffix.isEmpty() ? null : suffix, suppress);
    }

    private static ParsedInline narrative(Scanner scanner) {
        int previous = scanner.peekPreviousCodePoint();
        if (previous != Scanner.END && !Character.isWhitespace(previous) && BEFORE_NARRATIVE.indexOf(previous) < 0) {
            return ParsedInline.none();
        }
        scanner.next();
        Position start = scanner.position();
        StringBuilder rest = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != '\n' && rest.length() < 200) {
            rest.append(scanner.peek());
            scanner.next();
        }
        Matcher key = KEY.matcher(rest);
        if (!key.lookingAt()) {
            return ParsedInline.none();
        }
        int length = key.end();
        Matcher locator = Pattern.compile("\\s?\\[([^\\[\\]@]*)]").matcher(rest).region(length, rest.length());
        if (locator.lookingAt() && !locator.group(1).isBlank()) {
            length = locator.end();
        }
        scanner.setPosition(start);
        for (int i = 0; i < length; i++) {
            scanner.next();
        }
        return ParsedInline.of(new CitationNode(true), scanner.position());
    }

    private static ParsedInline claim(Scanner scanner) {
        Position start = scanner.position();
        StringBuilder text = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != '\n' && text.length() < 300) {
            text.append(scanner.peek());
            scanner.next();
            if (text.length() > 2 && text.toString().endsWith("}}")) {
                break;
            }
        }
        Matcher m = CLAIM.matcher(text);
        if (!m.matches()) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        return ParsedInline.of(new ClaimNode(m.group(1)), scanner.position());
    }

    private static InlineContentParserFactory factory(char trigger, java.util.function.Function<Scanner, ParsedInline> parse) {
        return new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return Set.of(trigger);
            }

            @Override
            public InlineContentParser create() {
                return state -> parse.apply(state.scanner());
            }
        };
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        String[][] terms = {
            {"book", "bk.", "bks.", "book", "books"},
            {"chapter", "chap.", "chaps.", "chapter", "chapters"},
            {"column", "col.", "cols.", "column", "columns"},
            {"figure", "fig.", "figs.", "figure", "figures"},
            {"folio", "fol.", "fols.", "folio", "folios"},
            {"issue", "no.", "nos.", "number", "numbers", "issue", "issues"},
            {"line", "l.", "ll.", "line", "lines"},
            {"note", "n.", "nn.", "note", "notes"},
            {"opus", "op.", "opp.", "opus", "opera"},
            {"page", "p.", "pp.", "page", "pages"},
            {"paragraph", "para.", "paras.", "paragraph", "paragraphs", "¶", "¶¶"},
            {"part", "pt.", "pts.", "part", "parts"},
            {"section", "sec.", "secs.", "section", "sections", "§", "§§"},
            {"sub-verbo", "s.v.", "s.vv.", "sub verbo", "sub verbis"},
            {"verse", "v.", "vv.", "verse", "verses"},
            {"volume", "vol.", "vols.", "volume", "volumes"},
        };
        for (String[] term : terms) {
            for (int i = 1; i < term.length; i++) {
                labels.put(term[i], term[0]);
            }
        }
        return Map.copyOf(labels);
    }
}
