package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.pdf.PdfOutput;

/** review.html of the shipped review: valid HTML5, self-contained, and every link lands somewhere. */
class HtmlPageIT {

    @TempDir
    static Path dir;
    static Path page;
    static Document html;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestReviews.shippedCopy(dir.resolve("review"));
        BuildResult result = ReviewBuild.build(BuildRequest.of(project, dir.resolve("out"))
                .skipping(Set.of(PdfOutput.NAME)));
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(result.written().contains("review.html"), result.written().toString());
        page = dir.resolve("out/review.html");
        html = Jsoup.parse(page.toFile());
    }

    @Test
    void isValidHtml5PerTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        assertEquals("", validator.validate(page).strip());
    }

    @Test
    void asksNoOtherHostForAnything() {
        assertTrue(html.select("script, link[rel=stylesheet], iframe, img, object, embed").isEmpty());
        html.select("style").forEach(style -> assertFalse(style.data().contains("url(")
                || style.data().contains("@import"), "the stylesheet loads nothing"));
    }

    @Test
    void everyInternalLinkHasItsTarget() {
        List<Element> internal = html.select("a[href^=#]");
        assertTrue(internal.size() > 10, "contents, citations and the skip link");
        for (Element link : internal) {
            assertNotNull(html.getElementById(link.attr("href").substring(1)), link.outerHtml());
        }
    }

    @Test
    void citationsLinkToTheirEntryAndShowItOnHoverAndFocus() {
        List<Element> citations = html.select("main a[href^=#ref-]");
        assertTrue(citations.size() >= 20, "every claim cites; found " + citations.size());
        for (Element citation : citations) {
            Element entry = html.getElementById(citation.attr("href").substring(1));
            assertTrue(entry.hasClass("entry"), entry.outerHtml());
            Element tip = html.getElementById(citation.attr("aria-describedby"));
            assertEquals("tooltip", tip.attr("role"));
            assertEquals(entry.text(), tip.text());
            assertEquals(citation.parent(), tip.parent(), "the tip follows its citation, for :hover and :focus");
        }
        Element vanOutersterp = html.getElementById("ref-vanoutersterp2024");
        assertNotNull(vanOutersterp, "the entry of the BCP-ALL study");
        assertTrue(vanOutersterp.text().startsWith("van Outersterp I"), vanOutersterp.text());
    }

    @Test
    void identifiersAreLinkedFromTheReferences() {
        List<String> hrefs = html.select(".entry .ids a").eachAttr("href");
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("https://doi.org/10.")), hrefs.toString());
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("https://pubmed.ncbi.nlm.nih.gov/")), hrefs.toString());
    }

    @Test
    void hasContentsEvidencePrismaAndDownloads() {
        List<String> contents = html.select("nav.toc a").eachText();
        assertEquals(html.select("main h2").eachText(), contents);
        assertTrue(contents.containsAll(List.of("Abstract", "Evidence table", "PRISMA flow", "References")),
                contents.toString());
        assertEquals(4, html.select("#evidence-table ~ .table-wrap").first().select("table tr").size());
        Element prisma = html.selectFirst("figure.figure svg[role=img]");
        Element caption = html.getElementById(prisma.attr("aria-labelledby"));
        assertTrue(caption.text().startsWith("PRISMA 2020 flow diagram: Current: 3 records identified"),
                caption.text());
        assertEquals(List.of("review.pdf", "references.json", "references.bib", "references.ris", "CHANGES.md"),
                html.select("header.bar a").eachAttr("href"));
        assertTrue(html.selectFirst("footer").text().startsWith("Unreleased draft · "), html.selectFirst("footer").text());
    }

    @Test
    void carriesTheMetadataIndexersRead() {
        assertEquals("Tyrosine kinase inhibitor resistance in BCR::ABL1-positive leukemias: a living review",
                meta("citation_title"));
        assertEquals("The living-review contributors", meta("citation_author"));
        assertTrue(meta("citation_publication_date").matches("\\d{4}/\\d{2}/\\d{2}"));
        assertEquals("review.pdf", meta("citation_pdf_url"));
        assertEquals(meta("citation_title"), meta("DC.title"));
        assertEquals(meta("citation_title"), html.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("en-US", html.selectFirst("html").attr("lang"));
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void inChromiumEveryCitationLandsOnItsEntryAndNothingOverflows(int width) throws Exception {
        Path checked = dir.resolve("check-" + width);
        Files.createDirectories(checked);
        Files.writeString(checked.resolve("review.html"),
                Files.readString(page).replace("</body>", resource("/html/check-page.html") + "</body>"));
        Files.writeString(checked.resolve("frame.html"), "<!DOCTYPE html><html><body style=\"margin:0\">"
                + "<iframe src=\"review.html\" style=\"border:0;width:" + width + "px;height:800px\"></iframe>"
                + "</body></html>");
        JsonNode result = inChromium(checked.resolve("frame.html"), "data-check", "--allow-file-access-from-files");
        assertEquals(width, result.get("width").asInt());
        assertEquals(html.select("main a[href^=#ref-]").size(), result.get("checked").asInt());
        assertEquals("[]", result.get("misses").toString(), "citations that did not land on their entry");
        assertEquals("[]", result.get("overflow").toString(), "elements wider than the page");
    }

    /**
     * axe-core (pinned in src/test/axe/package-lock.json, installed by npm into target/axe) finds no
     * violation of its rules — WCAG 2 A/AA, among them colour contrast, and best practices — in either
     * colour scheme the page offers.
     */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void axeCoreFindsNoAccessibilityViolationInEitherColourScheme(String scheme) throws Exception {
        Path axe = AxeCore.script();
        Path checked = dir.resolve("axe-" + scheme);
        Files.createDirectories(checked);
        Files.writeString(checked.resolve("review.html"), Files.readString(page).replace("</body>",
                "<script>" + Files.readString(axe) + "</script>" + resource("/html/axe-run.html") + "</body>"));
        JsonNode result = inChromium(checked.resolve("review.html"), "data-axe",
                "--blink-settings=preferredColorScheme=" + (scheme.equals("dark") ? 0 : 1));
        assertFalse(result.has("error"), result.toString());
        assertEquals(scheme.equals("dark"), result.get("dark").asBoolean(), "the page was shown in " + scheme);
        assertTrue(result.get("rules").asInt() > 20, "axe-core ran its rules: " + result);
        JsonNode violations = result.get("violations");
        assertEquals(0, violations.size(), "axe-core violations in the " + scheme + " scheme: "
                + violations.toPrettyString());
    }

    /**
     * Opens {@code file} in headless Chromium (the test is skipped where it is not installed) at 1400×900 and
     * returns the JSON that the page's injected script left in the body's {@code attribute}.
     */
    private static JsonNode inChromium(Path file, String attribute, String... flags) throws Exception {
        Optional<Path> chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                        .map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium)");
        List<String> command = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + file.resolveSibling("profile"),
                "--window-size=1400,900", "--virtual-time-budget=10000"));
        command.addAll(List.of(flags));
        command.addAll(List.of("--dump-dom", file.toUri().toString()));
        Process chrome = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chrome.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chrome.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        String report = Jsoup.parse(dom).body().attr(attribute);
        assertFalse(report.isEmpty(), "the injected script ran and reported");
        return new ObjectMapper().readTree(report);
    }

    private static String resource(String name) throws Exception {
        return new String(HtmlPageIT.class.getResourceAsStream(name).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String meta(String name) {
        return html.selectFirst("meta[name=" + name + "]").attr("content");
    }
}
