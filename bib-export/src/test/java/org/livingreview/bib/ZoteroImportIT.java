package org.livingreview.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livingreview.model.load.Folders;
import org.livingreview.bib.imports.ImportReport;
import org.livingreview.bib.imports.ReferenceImporter;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;

/**
 * Zotero's own import code (zotero-import, see {@link ZoteroTool}) on the three exports of the shipped
 * review (its copy in fixtures/tki-review), of fixtures/varied and of a generated review with every item type
 * and field ({@link EveryFieldReview}): every field Zotero stores is the paper's, except the documented
 * exceptions in src/test/resources/zotero-exceptions.txt (docs/reference-exchange.md), a list that may only
 * shrink. And Zotero's own exports of what it imported come back through {@code living-review import} as
 * the papers they came from, adding none.
 */
class ZoteroImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PROJECTS = List.of("tki-review", "varied", "every-field");

    @TempDir
    Path dir;

    @Test
    void zoteroImportsEveryFieldExceptTheDocumentedExceptions() throws Exception {
        ZoteroTool zotero = ZoteroTool.require();
        Set<String> found = new TreeSet<>();
        for (String project : PROJECTS) {
            Path root = project(project);
            List<Paper> papers = RoundTrip.papers(root);
            for (ExportFormat format : ExportFormat.values()) {
                Path file = Files.createDirectories(dir.resolve(project + "/" + format.id()))
                        .resolve(format.fileName());
                Files.writeString(file, format.write(papers));
                String out = zotero.run("--compare", file.toString(), root.resolve("seeds/papers").toString(),
                        "--json");
                // The first line names the translator and counts the items; a refused file exits non-zero.
                assertTrue(out.startsWith(format.fileName() + ": translator "), out);
                for (JsonNode row : JSON.readTree(out.substring(out.indexOf('\n') + 1))) {
                    found.add(project + " " + format.id() + " " + row.get(0).asText() + " " + row.get(1).asText());
                }
            }
        }
        // What the run found, for comparing with the list by hand.
        Files.write(Path.of("target/zotero-import-found.txt"), found);
        Set<String> documented = documentedExceptions();
        Set<String> undocumented = new TreeSet<>(found);
        undocumented.removeAll(documented);
        Set<String> fixed = new TreeSet<>(documented);
        fixed.removeAll(found);
        assertEquals(Set.of(), undocumented, "Zotero imports these fields wrongly and they are not documented");
        assertEquals(Set.of(), fixed, "these documented exceptions no longer occur: remove them from"
                + " zotero-exceptions.txt and docs/reference-exchange.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ris", "bibtex", "csljson"})
    void zoteroExportsComeBackAsThePapersTheyCameFrom(String zoteroFormat) throws Exception {
        ZoteroTool zotero = ZoteroTool.require();
        for (String project : PROJECTS) {
            Path root = copy(project(project), dir.resolve(project + "-" + zoteroFormat));
            List<Paper> papers = RoundTrip.papers(root);
            Path ours = dir.resolve(project + "-references.json");
            Files.writeString(ours, ExportFormat.CSL_JSON.write(papers));
            Path items = dir.resolve(project + "-items.json");
            Files.writeString(items, zotero.run("--mode", "server", ours.toString()));
            Path theirs = dir.resolve(project + "-zotero." + zoteroFormat);
            Files.writeString(theirs, zotero.run("--export", zoteroFormat, items.toString()));

            ImportReport report = ReferenceImporter.importFiles(root, List.of(theirs));
            assertEquals(List.of(), report.added(), project + ": Zotero's " + zoteroFormat + " added papers");
            assertEquals(papers.size(), report.duplicates().size(), project + ": " + report);
            List<String> unrecognised = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                ImportReport.Duplicate duplicate = report.duplicates().get(i);
                if (!duplicate.of().contains("papers/" + papers.get(i).id() + ".yaml")) {
                    unrecognised.add(papers.get(i).id() + ": " + duplicate.of() + " (" + duplicate.evidence() + ")");
                }
            }
            assertEquals(List.of(), unrecognised, project + ": records taken for another paper");
        }
    }

    /** The generated review proves its claim: every paper fills every field of the model. */
    @Test
    void theGeneratedReviewHoldsEveryTypeAndField() throws Exception {
        List<Paper> papers = RoundTrip.papers(project("every-field"));
        assertEquals(Set.copyOf(org.livingreview.model.ItemTypes.ALL),
                Set.copyOf(papers.stream().map(p -> p.reference().type()).toList()));
        for (Paper paper : papers) {
            for (var component : Reference.class.getRecordComponents()) {
                Object value = component.getAccessor().invoke(paper.reference());
                assertTrue(value != null && !Boolean.FALSE.equals(value)
                        && !(value instanceof List<?> list && list.isEmpty()), paper.id() + " " + component.getName());
            }
        }
    }

    private Path project(String name) throws IOException {
        if (name.equals("every-field")) {
            Path generated = dir.resolve("every-field");
            if (!Files.exists(generated)) {
                EveryFieldReview.write(generated);
            }
            return generated;
        }
        return RoundTrip.FIXTURES.resolve(name);
    }

    private static Path copy(Path from, Path to) throws IOException {
        Folders.copy(from.resolve("seeds"), to.resolve("seeds"));
        return to;
    }

    /** "project format paper field" lines of zotero-exceptions.txt, without its '#' comments. */
    private static Set<String> documentedExceptions() throws IOException {
        try (InputStream in = ZoteroImportIT.class.getResourceAsStream("/zotero-exceptions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
