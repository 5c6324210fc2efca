package org.livingreview.manuscript.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.livingreview.bib.CslJson;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.Problems;

/**
 * The draft's in-text citations and bibliography are what Zotero's processor, citeproc-js, makes of the
 * same items, clusters and style, apart from markup: same text, order and punctuation. The expectations
 * were made by src/test/citeproc-js/make-expected.sh and checked in. Where citeproc-java itself is wrong
 * and no change to its input can help (docs/citations.md lists each defect), the differences are listed in
 * NAME.STYLE.known-differences.txt, read by eye; the shipped review has none.
 *
 * <p>citeproc-js has no incomplete author lists (a list ending in the name "others", which the patched
 * citeproc-java ends in "et al." as if et-al had cut it, as pandoc does). It is given a marker name in
 * place of "others", and its rendering of the marker is read as CSL renders a cut list in these styles
 * (delimiter-precedes-et-al "contextual"): the conjunction before it is dropped, and the delimiter kept
 * only after two or more names.
 */
class CiteprocJsAgreementIT {

    private static final Path FIXTURES = Path.of("../fixtures").toAbsolutePath().normalize();
    private static final Path RESOURCES = Path.of("src/test/resources/citeproc-js");
    private static final List<String> STYLES = List.of("vancouver", "apa", "american-medical-association", "nature");
    /** The realistic review is compared in these styles too. */
    private static final List<String> MORE_STYLES = List.of("chicago-author-date", "ieee", "harvard-cite-them-right");
    private static final Path REALISTIC = Path.of("target/realistic-review").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "ZZETALZZ";
    private static final java.util.regex.Pattern MARKER_AS_CITEPROC_JS_RENDERS_IT = java.util.regex.Pattern.compile(
            "(?:,\\s*)?(?:(?:&amp;|&#38;|&|\\band)\\s+)?" + MARKER + "\\.?");

    static Stream<Arguments> projects() throws IOException {
        if (!Files.exists(REALISTIC)) {
            RealisticReview.write(REALISTIC);
        }
        return Stream.of(Arguments.of("shipped", FIXTURES.resolve("tki-review")),
                Arguments.of("varied", FIXTURES.resolve("varied")), Arguments.of("ambiguous", FIXTURES.resolve("ambiguous")),
                Arguments.of("realistic", REALISTIC));
    }

    static Stream<Arguments> projectsAndStyles() throws IOException {
        return projects().flatMap(p -> Stream.concat(STYLES.stream(),
                        p.get()[0].equals("realistic") ? MORE_STYLES.stream() : Stream.empty())
                .map(s -> Arguments.of(p.get()[0], p.get()[1], s)));
    }

    /** The items and clusters living-review gives its processor for a style, as citeproc-js is given them. */
    private static String input(Path project, String styleId) throws Exception {
        Review review = ReviewLoader.load(project).review();
        CitationPlan plan = CitationPlan.of(review);
        ObjectNode input = JSON.createObjectNode();
        input.put("locale", review.info().locale());
        input.put("style", styleId);
        ArrayNode items = input.putArray("items");
        for (Paper paper : plan.papers()) {
            CitationStyle style = CitationStyles.resolve(styleId, project, null, new Problems()).orElseThrow();
            JsonNode item = JSON.readTree((String) CitationRenderer.item(paper, style, review.info().locale())
                    .toJson(new StringJsonBuilderFactory().createJsonBuilder()));
            if (paper.reference().authorsIncomplete()) {
                ArrayNode authors = (ArrayNode) item.get("author");
                ((ObjectNode) authors.get(authors.size() - 1)).put("literal", MARKER);
            }
            items.add(item);
        }
        ArrayNode clusters = input.putArray("clusters");
        plan.clusters().stream().filter(Cluster::plain).forEach(c -> clusters.add(JSON.valueToTree(c.paperIds())));
        return CslJson.write(input);
    }

    @ParameterizedTest
    @MethodSource("projectsAndStyles")
    void theCheckedInInputsAreWhatTheDraftCites(String name, Path project, String styleId) throws Exception {
        Path file = resource(name, styleId, ".input.json");
        String current = input(project, styleId);
        if (Boolean.getBoolean("citeprocjs.write")) {
            write(file, current);
        }
        assertEquals(read(file), current, "the fixture changed: run manuscript/src/test/citeproc-js/"
                + "make-expected.sh and review the new expectations");
    }

    @ParameterizedTest
    @MethodSource("projectsAndStyles")
    void citationsAndBibliographyMatchCiteprocJs(String name, Path project, String styleId) throws Exception {
        JsonNode expected = JSON.readTree(read(resource(name, styleId, ".expected.json")));
        Review review = ReviewLoader.load(project).review();
        CitationPlan plan = CitationPlan.of(review);
        CitationStyle style = CitationStyles.resolve(styleId, project, null, new Problems()).orElseThrow();
        CitationRenderer renderer = new CitationRenderer(style, review.info().locale(), plan.papers());

        List<Cluster> clusters = plan.clusters().stream().filter(Cluster::plain).toList();
        List<String> citations = clusters.stream().map(c -> text(renderer.cite(c).text())).toList();
        java.util.Map<String, Paper> papers = new java.util.HashMap<>();
        plan.papers().forEach(p -> papers.put(p.id(), p));
        List<String> expectedCitations = new ArrayList<>();
        for (int i = 0; i < expected.get("citations").size(); i++) {
            List<Paper> cited = i < clusters.size() ? clusters.get(i).paperIds().stream().map(papers::get).toList() : List.of();
            expectedCitations.add(textOfHtml(expected.get("citations").get(i).asText(), cited));
        }
        List<String> mismatches = new ArrayList<>(mismatches("citation", expectedCitations, citations));

        List<String> bibliography = renderer.bibliography().stream()
                .map(e -> normalize(e.label() + " " + text(e.text().text()))).toList();
        List<String> expectedBibliography = new ArrayList<>();
        for (int i = 0; i < expected.get("bibliography").size(); i++) {
            Paper paper = papers.get(expected.get("entryIds").get(i).asText());
            expectedBibliography.add(textOfHtml(expected.get("bibliography").get(i).asText(), List.of(paper)));
        }
        mismatches.addAll(mismatches("entry", expectedBibliography, bibliography));
        mismatches.addAll(mismatches("entry id", JSON.convertValue(expected.get("entryIds"), List.class),
                renderer.bibliography().stream().map(BibliographyEntry::id).toList()));
        report(name, styleId, expectedCitations, citations, expectedBibliography, bibliography,
                inOrder(JSON.convertValue(expected.get("entryIds"), List.class),
                        renderer.bibliography().stream().map(BibliographyEntry::id).toList()));
        Path known = resource(name, styleId, ".known-differences.txt");
        if (Boolean.getBoolean("citeprocjs.write")) {
            if (mismatches.isEmpty()) {
                Files.deleteIfExists(known);
            } else {
                write(known, String.join("\n", mismatches) + "\n");
            }
        }
        List<String> expectedDifferences = Files.exists(known)
                ? List.of(read(known).strip().split("\n(?=citation |entry |entry id |entry count)"))
                : List.of();
        assertEquals(expectedDifferences, mismatches.stream().map(String::strip).toList(),
                "differences from citeproc-js other than the known citeproc-java defects of docs/citations.md");
    }

    /** A checked-in file of a project; the large ones of the realistic review are gzipped. */
    private static Path resource(String name, String styleId, String kind) {
        return RESOURCES.resolve(name + "." + styleId + kind + (name.equals("realistic") ? ".gz" : ""));
    }

    private static String read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            var stream = file.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a checked-in file, leaving it untouched when its text is already this (gzip bytes would differ). */
    private static void write(Path file, String text) throws IOException {
        if (Files.exists(file) && read(file).equals(text)) {
            return;
        }
        try (var out = Files.newOutputStream(file)) {
            var stream = file.toString().endsWith(".gz") ? new java.util.zip.GZIPOutputStream(out) : out;
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.close();
        }
    }

    @org.junit.jupiter.api.BeforeAll
    static void newReport() throws IOException {
        Files.deleteIfExists(Path.of("target/citeproc-js-agreement.txt"));
    }

    /**
     * Appends to target/citeproc-js-agreement.txt how many citations are identical (in citation order) and how
     * many bibliography entries are identical (whatever their place, so that one entry sorted elsewhere does
     * not count against all the entries after it).
     */
    private static void report(String name, String styleId, List<String> expectedCitations, List<String> citations,
            List<String> expectedBibliography, List<String> bibliography, int inOrder) throws IOException {
        long sameCitations = java.util.stream.IntStream.range(0, Math.min(citations.size(), expectedCitations.size()))
                .filter(i -> citations.get(i).equals(expectedCitations.get(i))).count();
        List<String> left = new ArrayList<>(bibliography.stream().map(CiteprocJsAgreementIT::unnumbered).toList());
        long sameEntries = expectedBibliography.stream().map(CiteprocJsAgreementIT::unnumbered).filter(left::remove).count();
        String line = String.format("%s %s: citations %d/%d identical (%.1f%%), entries %d/%d identical (%.1f%%),"
                + " order %d/%d entries in citeproc-js's order (%.1f%%)%n",
                name, styleId, sameCitations, expectedCitations.size(), 100.0 * sameCitations / expectedCitations.size(),
                sameEntries, expectedBibliography.size(), 100.0 * sameEntries / expectedBibliography.size(),
                inOrder, expectedBibliography.size(), 100.0 * inOrder / expectedBibliography.size());
        System.out.print(line);
        Files.writeString(Path.of("target/citeproc-js-agreement.txt"), line, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * How many bibliography entries are in citeproc-js's order: the most entries whose order in ours is theirs
     * (the longest common subsequence of the two orders; the others are the fewest entries to move to make the
     * orders equal), so that one entry sorted elsewhere counts once.
     */
    static int inOrder(List<?> expectedIds, List<?> ids) {
        java.util.Map<Object, Integer> expectedPlace = new java.util.HashMap<>();
        for (int i = 0; i < expectedIds.size(); i++) {
            expectedPlace.put(expectedIds.get(i), i);
        }
        // The longest increasing run of citeproc-js's places, in our order (patience sorting).
        List<Integer> smallestTails = new ArrayList<>();
        for (Object id : ids) {
            Integer place = expectedPlace.get(id);
            if (place == null) {
                continue;
            }
            int at = java.util.Collections.binarySearch(smallestTails, place);
            at = at < 0 ? -at - 1 : at;
            if (at == smallestTails.size()) {
                smallestTails.add(place);
            } else {
                smallestTails.set(at, place);
            }
        }
        return smallestTails.size();
    }

    /** An entry without its leading number, which depends on the entry's place. */
    private static String unnumbered(String entry) {
        return entry.replaceFirst("^\\[?\\d+[.\\]]?\\s*", "");
    }

    private static List<String> mismatches(String what, List<?> expected, List<?> actual) {
        List<String> found = new ArrayList<>();
        if (expected.size() != actual.size()) {
            found.add(what + " count: citeproc-js " + expected.size() + ", living-review " + actual.size());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                found.add(what + " " + (i + 1) + ":\n  citeproc-js   " + expected.get(i) + "\n  living-review " + actual.get(i));
            }
        }
        return found;
    }

    /** What a reader sees of our Markdown: rendered by commonmark, markup dropped. */
    private static String text(String markdown) {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        return normalize(Jsoup.parse(html).text());
    }

    /**
     * What a reader sees of citeproc-js's HTML, its marker names read as the incomplete author lists of
     * {@code cited} (in order), as the class comment says.
     */
    private static String textOfHtml(String html, List<Paper> cited) {
        java.util.Iterator<Integer> named = cited.stream().filter(p -> p.reference().authorsIncomplete())
                .map(p -> p.reference().authors().size()).iterator();
        String read = MARKER_AS_CITEPROC_JS_RENDERS_IT.matcher(html)
                .replaceAll(m -> named.hasNext() && named.next() >= 2 ? ", et al." : " et al.");
        return normalize(Jsoup.parse(read).text());
    }

    private static String normalize(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
