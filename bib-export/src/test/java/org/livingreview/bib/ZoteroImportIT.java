package org.livingreview.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
    /** Zotero's export formats ({@code zotero-import --export}) that {@code living-review import} reads back. */
    private static final List<String> ZOTERO_EXPORTS = List.of("ris", "bibtex", "csljson");

    @TempDir
    Path dir;

    @Test
    void zoteroImportsEveryFieldExceptTheDocumentedExceptions() throws Exception {
        ZoteroTool zotero = ZoteroTool.require();
        ZoteroExceptions exceptions = ZoteroExceptions.load();
        Set<String> found = new TreeSet<>();
        Set<String> foundByType = new TreeSet<>();
        List<String> undocumented = new ArrayList<>();
        for (String project : PROJECTS) {
            Path root = project(project);
            List<Paper> papers = RoundTrip.papers(root);
            Map<String, String> types = papers.stream().collect(Collectors.toMap(Paper::id, p -> p.reference().type()));
            for (ExportFormat format : ExportFormat.values()) {
                Path file = Files.createDirectories(dir.resolve(project + "/" + format.id()))
                        .resolve(format.fileName());
                Files.writeString(file, format.write(papers));
                String out = zotero.run("--compare", file.toString(), root.resolve("seeds/papers").toString(),
                        "--json");
                // The first line names the translator and counts the items; a refused file exits non-zero.
                assertTrue(out.startsWith(format.fileName() + ": translator "), out);
                for (JsonNode row : JSON.readTree(out.substring(out.indexOf('\n') + 1))) {
                    String paper = row.get(0).asText();
                    String field = row.get(1).asText();
                    found.add(project + " " + format.id() + " " + paper + " " + field);
                    foundByType.add(format.id() + " " + field + " " + types.get(paper));
                    if (!exceptions.covers(format.id(), field, types.get(paper))) {
                        undocumented.add(project + " " + format.id() + " " + paper + " (" + types.get(paper) + ") "
                                + field + ": " + row);
                    }
                }
            }
        }
        // What the run found, and the table it makes, for comparing with the list and the docs.
        Files.write(Path.of("target/zotero-import-found.txt"), found);
        Files.writeString(Path.of("target/zotero-field-table.md"), exceptions.table());
        assertEquals(List.of(), undocumented, "Zotero imports these fields wrongly and they are not documented");
        assertEquals(List.of(), exceptions.noLongerFound(foundByType), "these documented exceptions no longer"
                + " occur: remove them from zotero-exceptions.txt");
        String docs = Files.readString(Path.of("../docs/reference-exchange.md"));
        assertTrue(docs.contains(exceptions.table()), "docs/reference-exchange.md does not show the measured table:"
                + " copy bib-export/target/zotero-field-table.md into it");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void zoteroExportsComeBackAsThePapersTheyCameFrom(ExportFormat ours) throws Exception {
        ZoteroTool zotero = ZoteroTool.require();
        List<String> problems = new ArrayList<>();
        for (String project : PROJECTS) {
            List<Paper> papers = RoundTrip.papers(project(project));
            Path file = Files.createDirectories(dir.resolve(project + "-" + ours.id())).resolve(ours.fileName());
            Files.writeString(file, ours.write(papers));
            Path items = dir.resolve(project + "-" + ours.id() + "-items.json");
            Files.writeString(items, zotero.run("--mode", "server", file.toString()));
            for (String zoteroFormat : ZOTERO_EXPORTS) {
                Path root = copy(project(project), dir.resolve(project + "-" + ours.id() + "-" + zoteroFormat));
                Path theirs = dir.resolve(project + "-" + ours.id() + "-zotero." + zoteroFormat);
                Files.writeString(theirs, zotero.run("--export", zoteroFormat, items.toString()));
                problems.addAll(recognised(papers, ReferenceImporter.importFiles(root, List.of(theirs)),
                        project + ", our " + ours.id() + " → Zotero's " + zoteroFormat));
            }
        }
        ZoteroExceptions exceptions = ZoteroExceptions.load();
        List<String> documented = exceptions.roundTrips().keySet().stream()
                .filter(k -> k.split(" ")[1].equals(ours.id())).toList();
        List<String> undocumented = problems.stream()
                .filter(p -> documented.stream().noneMatch(d -> excuses(d, p))).toList();
        List<String> fixed = documented.stream()
                .filter(d -> problems.stream().noneMatch(p -> excuses(d, p))).toList();
        assertEquals(List.of(), undocumented);
        assertEquals(List.of(), fixed, "these documented round-trip exceptions no longer occur: remove them");
    }

    /** Whether a documented round trip "PROJECT FORMAT PAPER" is the one a problem line reports. */
    private static boolean excuses(String documented, String problem) {
        String[] key = documented.split(" ");
        return problem.startsWith(key[0] + ", our " + key[1] + " → Zotero's ") && problem.contains(": " + key[2] + ": ");
    }

    /**
     * "PAPER: what happened" for each paper whose record in Zotero's export (same order) was not recognised as
     * that paper, and for records beyond the papers.
     */
    private static List<String> recognised(List<Paper> papers, ImportReport report, String trip) {
        List<ImportReport.Outcome> outcomes = report.files().get(0).outcomes();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.max(papers.size(), outcomes.size()); i++) {
            String paper = i < papers.size() ? papers.get(i).id() : "(none)";
            ImportReport.Outcome outcome = i < outcomes.size() ? outcomes.get(i) : null;
            if (!(outcome instanceof ImportReport.Duplicate duplicate
                    && duplicate.of().contains("papers/" + paper + ".yaml"))) {
                problems.add(trip + ": " + paper + ": " + outcome);
            }
        }
        return problems;
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
}
