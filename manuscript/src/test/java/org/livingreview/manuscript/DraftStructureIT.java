package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.Section;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.ReviewBuild;

/** The shipped review's draft, parsed as CommonMark + GFM tables, has the structure of a review. */
class DraftStructureIT {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"vancouver", "apa", "american-medical-association", "nature"})
    void draftHasHeadingsClaimsEvidenceRowsAndOneEntryPerCitedPaper(String style) throws Exception {
        Path project = TestReviews.shippedCopy(dir);
        BuildResult result = ReviewBuild.build(BuildRequest.of(project, dir.resolve("out")).withStyle(style));
        assertTrue(result.succeeded(), result.problems().toString());
        String markdown = Files.readString(dir.resolve("out/review.md"));
        Node document = PARSER.parse(markdown);
        Review review = ReviewLoader.load(project).review();

        List<String> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading.getLevel() + " " + text(heading));
            }
        });
        List<String> expected = new ArrayList<>(List.of("1 " + review.info().title(), "2 Abstract"));
        review.info().sections().stream().map(Section::title).forEach(t -> expected.add("2 " + t));
        expected.addAll(List.of("2 Evidence table", "2 Screening", "2 Changes (no version recorded yet)",
                "2 PRISMA flow", "2 References"));
        assertEquals(expected, headings);

        String plain = text(document);
        for (Paper paper : review.papers()) {
            for (Claim claim : paper.claims()) {
                String withoutFinalPeriod = claim.text().replaceAll("\\.$", "");
                assertTrue(plain.contains(withoutFinalPeriod), "claim " + claim.id() + " is in the draft");
            }
        }

        List<TableBlock> tables = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                }
            }
        });
        assertEquals(2, tables.size(), "the evidence table and the PRISMA counts");
        Node body = tables.get(0).getLastChild();
        assertTrue(body instanceof TableBody);
        int rows = 0;
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            rows++;
        }
        assertEquals(review.included().size(), rows, "one evidence row per included study");

        Node references = lastHeading(document, "References");
        int entries = 0;
        Set<String> numbered = Set.of("vancouver", "american-medical-association", "nature");
        for (Node n = references.getNext(); n != null; n = n.getNext()) {
            if (n instanceof OrderedList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    entries += item instanceof ListItem ? 1 : 0;
                }
            } else if (n instanceof Paragraph) {
                entries++;
            }
        }
        assertEquals(3, entries, "one bibliography entry per cited paper");
        assertEquals(numbered.contains(style), markdown.contains("\n1. "), "numbered styles list their entries");
    }

    private static Node lastHeading(Node document, String title) {
        Node found = null;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading && text(n).equals(title)) {
                found = n;
            }
        }
        return found;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return node instanceof Heading ? out.toString() : TextContentRenderer.builder().build().render(node);
    }
}
