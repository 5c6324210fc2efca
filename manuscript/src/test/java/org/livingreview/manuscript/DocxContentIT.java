package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.livingreview.model.load.Folders;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.pdf.PdfOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.load.ReviewLoader;

/**
 * review.docx of a fixture review, opened with POI: its styles, evidence table, figure, every claim and
 * reference, the Zotero fields (their JSON, each item's CSL-JSON against the CSL-data schema), the
 * document properties, frozen citations, and the same bytes from two builds.
 */
class DocxContentIT {

    @TempDir
    static Path dir;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path project;
    private static Review review;

    @BeforeAll
    static void build() throws IOException {
        project = dir.resolve("review");
        copy(TestReviews.ROOT.resolve("fixtures/varied"), project);
        Path file = project.resolve("seeds/review.yaml");
        Files.writeString(file, Files.readString(file) + "authors:\n  - name: Ada Fixture\n  - name: Ben Example\n"
                + "abstract: A fixture abstract with *emphasis*.\nkeywords: [fixtures, testing]\nlocale: en-GB\n");
        for (String style : List.of("vancouver", "apa")) {
            assertEquals(List.of(), build(style, "out-" + style, false).problems());
        }
        review = ReviewLoader.load(project).review();
    }

    private static BuildResult build(String style, String out, boolean frozen) throws IOException {
        return ReviewBuild.build(BuildRequest.of(project, dir.resolve(out)).withStyle(style).forced(true)
                .skipping(Set.of(PdfOutput.NAME)).frozenCitations(frozen));
    }

    private static XWPFDocument open(String out) throws IOException {
        return new XWPFDocument(Files.newInputStream(dir.resolve(out).resolve("review.docx")));
    }

    private static String text(XWPFDocument document) {
        return DocxFields.paragraphs(document).stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
                .replace('\u00a0', ' ');
    }

    @Test
    void headingsUseWordsHeadingStylesAndTheTitleBlockItsOwn() throws IOException {
        try (XWPFDocument docx = open("out-vancouver")) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertEquals("Title", paragraphs.get(0).getStyle());
            assertEquals("Varied references fixture", paragraphs.get(0).getText());
            assertEquals("Author", paragraphs.get(1).getStyle());
            assertEquals("Ada Fixture, Ben Example", paragraphs.get(1).getText());
            List<String> headings = paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Abstract", "All references", "Evidence table", "Screening",
                    "Changes since the last version", "PRISMA flow", "References"), headings.stream()
                    .map(h -> h.startsWith("Changes") ? "Changes since the last version" : h).toList());
            assertEquals("heading 1", docx.getStyles().getStyle("Heading1").getName());
        }
        try (XWPFDocument docx = open("out-apa")) {
            List<XWPFParagraph> entries = docx.getParagraphs().stream()
                    .filter(p -> "Bibliography".equals(p.getStyle())).toList();
            assertTrue(entries.stream().flatMap(p -> p.getRuns().stream()).anyMatch(r -> r.isItalic()),
                    "APA's journal names are italic");
            assertTrue(entries.stream().flatMap(p -> p.getRuns().stream())
                    .anyMatch(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun link
                            && link.getHyperlink(docx).getURL().startsWith("https://")), "addresses are links");
        }
    }

    @Test
    void theEvidenceTableIsAWordTableWithARepeatingHeaderRow() throws IOException {
        long included = review.papers().stream().filter(p -> p.screening().isIncluded()).count();
        try (XWPFDocument docx = open("out-vancouver")) {
            XWPFTable table = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Study")).findFirst().orElseThrow();
            assertEquals(List.of("Study", "Design", "Population", "Key findings"),
                    table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertFalse(table.getRow(1).isRepeatHeader());
            assertEquals(included + 1, table.getNumberOfRows());
            assertEquals("Table", table.getStyleID());
            assertTrue(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
        }
    }

    @Test
    void thePrismaFigureIsAPngWithTheDiagramsDescriptionAsAltText() throws IOException {
        try (XWPFDocument docx = open("out-vancouver")) {
            List<XWPFPicture> pictures = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertEquals(1, pictures.size());
            XWPFPicture picture = pictures.get(0);
            assertEquals("image/png", picture.getPictureData().getPackagePart().getContentType());
            String alt = picture.getCTPicture().getNvPicPr().getCNvPr().getDescr();
            String docPr = docx.getDocument().xmlText();
            assertTrue(docPr.contains("descr=\"PRISMA 2020 flow diagram: Current: "), "alt text on the drawing");
            assertNotNull(alt);
            byte[] png = picture.getPictureData().getData();
            assertEquals((byte) 0x89, png[0]);
            assertTrue(png.length > 10_000, "a rendered diagram, not an empty image");
        }
    }

    @Test
    void everyClaimIsInTheTextAndEveryReferenceInTheBibliography() throws IOException {
        List<String> markdownEntries = referencesOf(Files.readString(dir.resolve("out-vancouver/review.md")));
        try (XWPFDocument docx = open("out-vancouver")) {
            String text = text(docx);
            for (Paper paper : review.papers()) {
                for (Claim claim : paper.claims()) {
                    assertTrue(text.contains(claim.text().strip().replaceAll("\\.$", "")), claim.id());
                }
            }
            List<String> entries = docx.getParagraphs().stream().filter(p -> "Bibliography".equals(p.getStyle()))
                    .map(p -> p.getText().replace('\u00a0', ' ').replaceFirst("^\\d+\\.\\t", "")).toList();
            assertEquals(markdownEntries, entries);
            assertTrue(entries.size() > 20, "the fixture cites many papers");
        }
    }

    @Test
    void everyCitationIsOneZoteroFieldCarryingItsPapersCslJson() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(TestReviews.ROOT.resolve("bib-export/src/test/resources/csl-data.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        String marked = Files.readString(dir.resolve("out-vancouver/review.md"));
        long claims = review.papers().stream().mapToLong(p -> p.claims().size()).sum();
        long rows = review.papers().stream().filter(p -> p.screening().isIncluded()).count();
        try (XWPFDocument docx = open("out-vancouver")) {
            List<DocxFields.Field> fields = DocxFields.of(docx);
            List<DocxFields.Field> citations = fields.stream()
                    .filter(f -> f.code().startsWith(" ADDIN ZOTERO_ITEM CSL_CITATION {")).toList();
            assertEquals(claims + rows, citations.size(), "one field per claim's citation and per evidence row");
            Set<String> ids = new java.util.HashSet<>();
            for (DocxFields.Field field : citations) {
                assertTrue(field.code().endsWith("} "), field.code());
                JsonNode citation = JSON.readTree(field.code().substring(field.code().indexOf('{')));
                assertEquals(8, citation.get("citationID").asText().length());
                assertEquals(field.result(), citation.at("/properties/plainCitation").asText());
                assertEquals(0, citation.at("/properties/noteIndex").asInt());
                assertFalse(citation.at("/properties/formattedCitation").asText().isEmpty());
                assertEquals("https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
                        citation.get("schema").asText());
                assertTrue(citation.get("citationItems").size() >= 1);
                for (JsonNode item : citation.get("citationItems")) {
                    assertEquals(item.get("id"), item.at("/itemData/id"));
                    assertTrue(item.at("/uris/0").asText().startsWith("urn:x-living-review:"));
                    assertEquals(Set.of(), schema.validate(JSON.createArrayNode().add(item.get("itemData"))),
                            item.get("id").asText());
                    ids.add(citation.get("citationID").asText());
                }
            }
            assertEquals(citations.size(), ids.size(), "citation ids are unique");
            List<DocxFields.Field> bibliographies = fields.stream()
                    .filter(f -> f.code().startsWith(" ADDIN ZOTERO_BIBL ")).toList();
            assertEquals(1, bibliographies.size());
            assertEquals(" ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY ",
                    bibliographies.get(0).code());
            List<String> entries = referencesOf(marked);
            assertEquals(entries.size(), bibliographies.get(0).result().split("\n").length);
        }
    }

    @Test
    void theDocumentCarriesItsPropertiesAndZoterosPreferences() throws IOException {
        try (XWPFDocument docx = open("out-apa")) {
            var core = docx.getProperties().getCoreProperties();
            assertEquals("Varied references fixture", core.getTitle());
            assertEquals("Ada Fixture; Ben Example", core.getCreator());
            assertEquals("fixtures; testing", core.getKeywords());
            assertEquals("A fixture abstract with *emphasis*.", core.getSubject());
            assertEquals("en-GB", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
            var custom = docx.getProperties().getCustomProperties();
            StringBuilder data = new StringBuilder();
            for (int i = 1; custom.contains("ZOTERO_PREF_" + i); i++) {
                String piece = custom.getProperty("ZOTERO_PREF_" + i).getLpwstr();
                assertTrue(piece.length() <= 255);
                data.append(piece);
            }
            assertTrue(data.toString().matches("<data data-version=\"3\" zotero-version=\"[0-9.]+\"><session id=\""
                    + "[A-Za-z0-9]{8}\"/><style id=\"http://www.zotero.org/styles/apa\" locale=\"en-GB\""
                    + " hasBibliography=\"1\" bibliographyStyleHasBeenSet=\"0\"/><prefs><pref name=\"fieldType\""
                    + " value=\"Field\"/></prefs></data>"), data.toString());
        }
    }

    @Test
    void frozenCitationsArePlainTextWithTheSameWords() throws IOException {
        assertEquals(List.of(), build("apa", "out-frozen", true).problems());
        try (XWPFDocument live = open("out-apa"); XWPFDocument frozen = open("out-frozen")) {
            assertEquals(List.of(), DocxFields.of(frozen));
            assertFalse(frozen.getProperties().getCustomProperties().contains("ZOTERO_PREF_1"));
            assertEquals(text(live), text(frozen));
        }
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws IOException {
        assertEquals(List.of(), build("vancouver", "out-again", false).problems());
        assertArrayEquals(Files.readAllBytes(dir.resolve("out-vancouver/review.docx")),
                Files.readAllBytes(dir.resolve("out-again/review.docx")));
    }

    /** The plain text of the entries under the draft's References heading. */
    static List<String> referencesOf(String markdown) {
        Node document = Parser.builder().build().parse(markdown);
        List<String> entries = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            private boolean inReferences;

            @Override
            public void visit(Heading heading) {
                inReferences = literal(heading).strip().equals("References");
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (inReferences) {
                    entries.add(literal(paragraph).strip().replace('\u00a0', ' '));
                }
            }
        });
        return entries;
    }

    /** The text a block shows: its text and code, soft breaks as spaces, no link addresses. */
    private static String literal(Node block) {
        StringBuilder out = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak soft) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    static void copy(Path from, Path to) throws IOException {
        Folders.copy(from, to);
    }
}
