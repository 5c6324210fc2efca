package org.livingreview.model.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;
import org.livingreview.model.ClaimPlacement;
import org.livingreview.model.ProseCitation;
import org.livingreview.model.ProseSpan;
import org.livingreview.model.SectionProse;
import org.livingreview.model.Problems;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.SeedLimits;

/** Reads {@code seeds/sections/*.md}: each file's Markdown with its citations and claim placements located. */
final class ProseReader {

    private static final Parser PARSER = CitationSyntax.parser();

    private ProseReader() {
    }

    /** The prose of every {@code .md} file in {@code dir}, by file name without {@code .md}; none without the folder. */
    static Map<String, SectionProse> read(Path dir, Problems problems) {
        Map<String, SectionProse> prose = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return prose;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".md")) {
                    problems.warning(SourceLocation.startOf(file), "this file is ignored: section texts end in .md");
                    continue;
                }
                readFile(file, problems).ifPresent(p -> prose.put(p.sectionId(), p));
            }
        } catch (IOException e) {
            problems.error(SourceLocation.startOf(dir), "cannot list the section texts (" + e.getMessage()
                    + ") — check that the folder is readable");
        }
        return prose;
    }

    private static java.util.Optional<SectionProse> readFile(Path file, Problems problems) {
        String text;
        try {
            if (Files.size(file) > SeedLimits.MAX_FILE_BYTES) {
                problems.error(SourceLocation.startOf(file), "the file is larger than "
                        + SeedLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB — split the section");
                return java.util.Optional.empty();
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error(SourceLocation.startOf(file), "the file is not UTF-8 text — save it as UTF-8");
            return java.util.Optional.empty();
        } catch (IOException e) {
            problems.error(SourceLocation.startOf(file), "cannot read the file (" + e.getMessage() + ")");
            return java.util.Optional.empty();
        }
        String id = file.getFileName().toString().replaceFirst("\\.md$", "");
        return java.util.Optional.of(new SectionProse(id, file, text, spans(file, text)));
    }

    /** The citations and claim placements of {@code text}, in order. */
    static List<ProseSpan> spans(Path file, String text) {
        Node document = PARSER.parse(text);
        List<ProseSpan> spans = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (!(node instanceof CitationSyntax.ClaimNode || node instanceof CitationSyntax.CitationNode)) {
                    visitChildren(node); // table rows and cells
                    return;
                }
                List<SourceSpan> source = node.getSourceSpans();
                if (source.isEmpty()) {
                    return;
                }
                int start = source.get(0).getInputIndex();
                SourceSpan last = source.get(source.size() - 1);
                int end = last.getInputIndex() + last.getLength();
                SourceLocation at = locate(file, text, start);
                if (node instanceof CitationSyntax.ClaimNode claim) {
                    spans.add(new ClaimPlacement(claim.claimId, start, end, at));
                } else if (node instanceof CitationSyntax.CitationNode citation) {
                    List<CitationSyntax.Item> items = citation.narrative
                            ? List.of(CitationSyntax.narrativeItem(text.substring(0, end), start))
                            : CitationSyntax.bracketed(text.substring(start + 1, end - 1), start + 1).orElse(List.of());
                    if (items.isEmpty()) {
                        return; // what commonmark-java read as a citation is none as written: left as text
                    }
                    spans.add(new ProseCitation(items.stream().map(i -> new ProseCitation.CitedItem(i.key(),
                            i.prefix(), i.label(), i.locator(), i.suffix(), i.suppressAuthor(),
                            locate(file, text, i.keyOffset()))).toList(), citation.narrative, start, end, at));
                }
            }
        });
        return spans;
    }

    private static SourceLocation locate(Path file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, text.codePointCount(lineStart, offset) + 1);
    }
}
