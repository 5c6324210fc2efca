package org.livingreview.manuscript.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
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
 */
class CiteprocJsAgreementIT {

    private static final Path FIXTURES = Path.of("../fixtures").toAbsolutePath().normalize();
    private static final Path RESOURCES = Path.of("src/test/resources/citeproc-js");
    private static final List<String> STYLES = List.of("vancouver", "apa", "american-medical-association", "nature");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> projects() {
        return Stream.of(Arguments.of("shipped", FIXTURES.resolve("tki-review")),
                Arguments.of("varied", FIXTURES.resolve("varied")), Arguments.of("ambiguous", FIXTURES.resolve("ambiguous")));
    }

    static Stream<Arguments> projectsAndStyles() {
        return projects().flatMap(p -> STYLES.stream().map(s -> Arguments.of(p.get()[0], p.get()[1], s)));
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
            items.add(JSON.readTree((String) CitationRenderer.item(paper, style, review.info().locale())
                    .toJson(new StringJsonBuilderFactory().createJsonBuilder())));
        }
        ArrayNode clusters = input.putArray("clusters");
        plan.clusters().forEach(c -> clusters.add(JSON.valueToTree(c)));
        return CslJson.write(input);
    }

    @ParameterizedTest
    @MethodSource("projectsAndStyles")
    void theCheckedInInputsAreWhatTheDraftCites(String name, Path project, String styleId) throws Exception {
        Path file = RESOURCES.resolve(name + "." + styleId + ".input.json");
        String current = input(project, styleId);
        if (Boolean.getBoolean("citeprocjs.write")) {
            Files.writeString(file, current);
        }
        assertEquals(Files.readString(file), current, "the fixture changed: run manuscript/src/test/citeproc-js/"
                + "make-expected.sh and review the new expectations");
    }

    @ParameterizedTest
    @MethodSource("projectsAndStyles")
    void citationsAndBibliographyMatchCiteprocJs(String name, Path project, String styleId) throws Exception {
        JsonNode expected = JSON.readTree(RESOURCES.resolve(name + "." + styleId + ".expected.json").toFile());
        Review review = ReviewLoader.load(project).review();
        CitationPlan plan = CitationPlan.of(review);
        CitationStyle style = CitationStyles.resolve(styleId, project, null, new Problems()).orElseThrow();
        CitationRenderer renderer = new CitationRenderer(style, review.info().locale(), plan.papers());

        List<String> citations = plan.clusters().stream().map(c -> text(renderer.cite(c).text())).toList();
        List<String> expectedCitations = new ArrayList<>();
        expected.get("citations").forEach(c -> expectedCitations.add(textOfHtml(c.asText())));
        List<String> mismatches = new ArrayList<>(mismatches("citation", expectedCitations, citations));

        List<String> bibliography = renderer.bibliography().stream()
                .map(e -> normalize(e.label() + " " + text(e.text().text()))).toList();
        List<String> expectedBibliography = new ArrayList<>();
        expected.get("bibliography").forEach(e -> expectedBibliography.add(textOfHtml(e.asText())));
        mismatches.addAll(mismatches("entry", expectedBibliography, bibliography));
        mismatches.addAll(mismatches("entry id", JSON.convertValue(expected.get("entryIds"), List.class),
                renderer.bibliography().stream().map(BibliographyEntry::id).toList()));
        Path known = RESOURCES.resolve(name + "." + styleId + ".known-differences.txt");
        if (Boolean.getBoolean("citeprocjs.write") && !mismatches.isEmpty()) {
            Files.writeString(known, String.join("\n", mismatches) + "\n");
        }
        List<String> expectedDifferences = Files.exists(known)
                ? List.of(Files.readString(known).strip().split("\n(?=citation |entry |entry id |entry count)"))
                : List.of();
        assertEquals(expectedDifferences, mismatches.stream().map(String::strip).toList(),
                "differences from citeproc-js other than the known citeproc-java defects of docs/citations.md");
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

    /** What a reader sees of citeproc-js's HTML, after the same "et al." step the draft applies. */
    private static String textOfHtml(String html) {
        return normalize(Jsoup.parse(CitationRenderer.etAl(html)).text());
    }

    private static String normalize(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
