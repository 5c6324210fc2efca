/*
 * Patched copy of de/undercouch/citeproc/csl/internal/SCitationLayout.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.internal.behavior.Affixes;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.rendering.FieldMarkup;
import de.undercouch.citeproc.csl.internal.token.MarkupTextToken;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.helper.NodeHelper;
import org.apache.commons.lang3.CharSet;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.DELIMITER;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.PREFIX;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.SUFFIX;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.TEXT;

/**
 * A layout element inside a citation element in a style file
 * @author Michel Kraemer
 */
public class SCitationLayout extends SRenderingElementContainerElement {
    private static final CharSet PUNCTUATION_END = CharSet.getInstance(":.,;!?)]&");
    private static final CharSet PUNCTUATION_START = CharSet.getInstance("([&");
    private static final Pattern TRIM_END = Pattern.compile("\\p{Space}+$");
    private static final Pattern IGNORE_END = Pattern.compile("[\\p{Space}\\p{Pf}\"']+$");
    // PATCH 0046: what citeproc-js leaves out before it looks for the end of a sentence in a prefix
    private static final Pattern MARKUP_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SENTENCE_END_IGNORED = Pattern.compile("[\"'\u201d\u2019\u00bb\u202f\u00a0 ]+$");

    private final Affixes affixes;
    private final int formattingAttributes;
    private final String delimiter;
    // PATCH 0004: collapse="citation-number" on the enclosing cs:citation
    private final boolean collapseCitationNumbers;
    // PATCH 0015: collapse="year", "year-suffix" or "year-suffix-ranged" on the enclosing cs:citation
    private final CiteGrouping citeGrouping;

    /**
     * Construct the layout element from an XML node
     * @param node the XML node
     * @param collapseCitationNumbers PATCH 0004: {@code true} if runs of
     * consecutive citation numbers collapse into ranges
     */
    public SCitationLayout(Node node, boolean collapseCitationNumbers) {
        super(node);
        affixes = new Affixes(node);
        formattingAttributes = FormattingAttributes.of(node);
        delimiter = NodeHelper.getAttrValue(node, "delimiter");
        this.collapseCitationNumbers = collapseCitationNumbers;
        this.citeGrouping = CiteGrouping.of(node.getParentNode(), delimiter); // PATCH 0015
    }

    @Override
    public void render(RenderContext ctx) {
        // PATCH 0004: render every cite first, then join them, collapsing
        // runs of three or more consecutive citation numbers ("1–3")
        List<CSLCitationItem> items = List.of(ctx.getCitation().getCitationItems());
        if (citeGrouping != null) {
            // PATCH 0015: cites grouped and collapsed by author and year
            emit(ctx, citeGrouping.join(items, item -> renderCite(ctx, item)));
            return;
        }
        List<TokenBuffer> cites = new ArrayList<>();
        for (CSLCitationItem item : items) {
            cites.add(renderCite(ctx, item));
        }
        RenderContext tmp = new RenderContext(ctx);
        for (int i = 0; i < cites.size(); ++i) {
            int last = lastOfRun(items, i);
            if (delimiter != null && !tmp.getResult().isEmpty()) {
                // PATCH 0160: the delimiter merged with the punctuation around it
                String splice = spliceDelimiter(items.get(i - 1), items.get(i));
                if (!splice.isEmpty()) {
                    tmp.emit(splice, DELIMITER);
                }
            }
            tmp.emit(cites.get(i));
            if (last - i >= 2) {
                tmp.emit("\u2013", TEXT);
                tmp.emit(cites.get(last));
                i = last;
            }
        }
        emit(ctx, tmp.getResult());
    }

    /**
     * PATCH 0160: the layout's delimiter between two cites, as citeproc-js's getCitationCluster merges
     * it with the punctuation around it: after a suffix that ends in ";", "." or ",", only the part
     * from the delimiter's first space on; before a prefix that begins with one of them (the cite
     * before having no suffix), nothing
     */
    private String spliceDelimiter(CSLCitationItem previous, CSLCitationItem current) {
        String suffix = previous.getSuffix();
        String prefix = current.getPrefix();
        boolean noSuffix = suffix == null || suffix.isEmpty();
        if (noSuffix && prefix != null && !prefix.isEmpty() && ";.,".indexOf(prefix.charAt(0)) >= 0) {
            return "";
        }
        if (!noSuffix && ";.,".indexOf(suffix.charAt(suffix.length() - 1)) >= 0) {
            int space = delimiter.indexOf(' ');
            return space < 0 ? "" : delimiter.substring(space);
        }
        return delimiter;
    }

    /**
     * PATCH 0015: emit the joined cites with the layout's affixes and
     * formatting
     */
    private void emit(RenderContext ctx, TokenBuffer buffer) {
        if (buffer.isEmpty()) {
            return;
        }

        // In contrast to all other elements, affixes on cs:layout are within
        // the scope of the formatting attributes set on the same element.
        // Apply them before the formatting attributes are wrapped around the
        // rendered tokens.
        affixes.applyTo(buffer);

        ctx.emit(buffer, formattingAttributes);
    }

    /**
     * PATCH 0004: the index of the last cite of the run of consecutive
     * citation numbers that starts at {@code first} (cites with a prefix,
     * suffix or locator end a run, as in citeproc-js)
     */
    private int lastOfRun(List<CSLCitationItem> items, int first) {
        int last = first;
        if (!collapseCitationNumbers) {
            return last;
        }
        Integer number = collapsibleNumber(items.get(first));
        while (number != null && last + 1 < items.size()) {
            Integer next = collapsibleNumber(items.get(last + 1));
            if (next == null || next != number + 1) {
                break;
            }
            number = next;
            last++;
        }
        return last;
    }

    private static Integer collapsibleNumber(CSLCitationItem item) {
        String number = item.getItemData() == null ? null : item.getItemData().getCitationNumber();
        if (number == null || !number.matches("\\d{1,9}") || item.getPrefix() != null
                || item.getSuffix() != null || item.getLocator() != null) {
            return null;
        }
        return Integer.valueOf(number);
    }

    /**
     * PATCH 0004: one cite with its prefix and suffix
     */
    private TokenBuffer renderCite(RenderContext ctx, CSLCitationItem item) {
        RenderContext tmp = new RenderContext(ctx);
        RenderContext innerTmp = new RenderContext(ctx, item);
        innerTmp.reset();
        String prefix = item.getPrefix();
        if (prefix != null && needsAppendSpace(prefix)) {
            prefix = TRIM_END.matcher(prefix).replaceAll("") + " ";
        }
        // PATCH 0046: text counts as rendered before a cite but the first, and
        // after a prefix unless it ends a sentence (citeproc-js's term_predecessor)
        ctx.setTextRenderedBefore(ctx.getCitation() != null && ctx.getCitation().getCitationItems().length > 0
                && ctx.getCitation().getCitationItems()[0] != item);
        if (prefix != null && !prefix.isEmpty()) {
            ctx.setTextRenderedBefore(!endsSentence(prefix));
        }
        super.render(innerTmp);

        if (prefix != null) {
            emitAffix(tmp, prefix, PREFIX); // PATCH 0122
        }

        tmp.emit(innerTmp.getResult());

        if (item.getSuffix() != null) {
            String suffix = item.getSuffix();
            if (needsPrependSpace(suffix)) {
                suffix = " " + suffix;
            }
            emitAffix(tmp, suffix, SUFFIX); // PATCH 0122
        }
        return orNoPrintedForm(tmp.getResult(), ctx, item); // PATCH 0173
    }

    /**
     * PATCH 0173: a citation's first cite that renders nothing (and does not
     * suppress its author) is written as citeproc-js writes it, so that the
     * missing reference shows
     * @param cite the rendered cite
     * @param ctx the render context of the citation
     * @param item the cite's citation item
     * @return the cite, or citeproc-js's error text if it is empty
     */
    private static TokenBuffer orNoPrintedForm(TokenBuffer cite, RenderContext ctx, CSLCitationItem item) {
        if (!cite.isEmpty() || Boolean.TRUE.equals(item.getSuppressAuthor())
                || ctx.getCitation().getCitationItems()[0] != item) {
            return cite;
        }
        RenderContext error = new RenderContext(ctx);
        error.emit("[CSL STYLE ERROR: reference with no printed form.]", TEXT);
        return error.getResult();
    }

    /**
     * PATCH 0046: whether a cite's prefix ends a sentence, as citeproc-js's
     * checkIgnorePredecessor decides: it has a space and, markup, closing
     * quotes and spaces left out, ends in ".", "!", "?", ":" or ";"
     */
    private static boolean endsSentence(String prefix) {
        String text = SENTENCE_END_IGNORED.matcher(MARKUP_TAG.matcher(prefix).replaceAll("")).replaceAll("");
        return !text.isEmpty() && ".!?:;".indexOf(text.charAt(text.length() - 1)) >= 0
                && prefix.trim().contains(" ");
    }

    /**
     * PATCH 0122: a cite's prefix or suffix with its rich-text markup
     * ({@code <i>}, {@code <sc>} …) read as in a variable's value, as
     * citeproc-js reads it
     */
    private static void emitAffix(RenderContext ctx, String affix, TextToken.Type type) {
        List<MarkupTextToken> pieces = FieldMarkup.affixTokens(affix, type);
        if (pieces.isEmpty()) {
            ctx.emit(affix, type);
        } else {
            pieces.forEach(ctx::emit);
        }
    }

    /**
     * Check if we need to append a space character to the given prefix
     * @param prefix the prefix
     * @return {@code true} if we need to append a space character
     */
    private static boolean needsAppendSpace(String prefix) {
        if (prefix.isEmpty()) {
            return false;
        }

        // ignore some characters at the end
        prefix = IGNORE_END.matcher(prefix).replaceAll("");

        // now check last character
        char c = prefix.charAt(prefix.length() - 1);
        return Character.isLetterOrDigit(c) || PUNCTUATION_END.contains(c);
    }

    /**
     * Check if we need to prepend a space character to the given suffix
     * @param suffix the suffix
     * @return {@code true} if we need to prepend a space character
     */
    private static boolean needsPrependSpace(String suffix) {
        if (suffix.isEmpty()) {
            return false;
        }

        char c = suffix.charAt(0);
        return Character.isLetterOrDigit(c) || PUNCTUATION_START.contains(c);
    }
}
