package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions fixture released, then edited (fixtures/versions/README.md): {@code diff}, the built draft,
 * CHANGES.md, the marked-up PDF and the marked-up page show exactly those changes with their text; {@code build --version 1}
 * rebuilds the first version; a version recorded in the earlier format (digests only) still builds.
 */
class VersionsCommandIT {

    @TempDir
    Path dir;

    private Path project;
    private Path out;

    @BeforeEach
    void releaseThenEdit() throws Exception {
        project = ShippedReview.versionsFixtureInto(dir.resolve("review"));
        out = project.resolve("target/review");
        CommandRunner release = CommandRunner.run("release", "-m", "First", "--project", project.toString());
        assertEquals(0, release.exitCode(), release.err());
        ShippedReview.editVersionsFixture(project);
    }

    private static String expected() throws Exception {
        return Files.readString(CheckCommandTest.ROOT.resolve("fixtures/versions/expected-CHANGES.md"));
    }

    private static String undated(String text) {
        return text.replaceAll("\\(\\d{4}-\\d{2}-\\d{2}\\)", "(DATE)");
    }

    @Test
    void diffPrintsExactlyTheChangesWithTheirText() throws Exception {
        CommandRunner diff = CommandRunner.run("diff", "--project", project.toString());
        assertEquals(0, diff.exitCode(), diff.err());
        assertEquals(expected(), undated(diff.out()));
        CommandRunner explicit = CommandRunner.run("diff", "--from", "1", "--to", "draft", "--project",
                project.toString());
        assertEquals(diff.out(), explicit.out());
    }

    @Test
    void diffBetweenTwoVersionsAndItsErrors() throws Exception {
        assertEquals(0, CommandRunner.run("release", "--project", project.toString()).exitCode());
        CommandRunner diff = CommandRunner.run("diff", "--from", "1", "--to", "2", "--project", project.toString());
        assertEquals(0, diff.exitCode(), diff.err());
        assertEquals(expected().replace("Changes since version 1 (DATE)", "Changes from version 1 (DATE) to"
                + " version 2 (DATE)"), undated(diff.out()));
        CommandRunner backwards = CommandRunner.run("diff", "--from", "2", "--to", "1", "--project",
                project.toString());
        assertEquals(1, backwards.exitCode());
        assertEquals("seeds/versions.yaml:1:1: error: the recorded versions are 1 to 2: --from must be one of them"
                + " and --to a later one (or 'draft')", backwards.err().strip().replace(project + "/", ""));
    }

    @Test
    void theBuiltDraftChangesAndMarkedUpPdfShowTheChanges() throws Exception {
        CommandRunner build = CommandRunner.run("build", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(expected(), undated(Files.readString(out.resolve("CHANGES.md"))));
        String draft = Files.readString(out.resolve("review.md"));
        assertTrue(draft.contains("halved the ~~fixture~~ **invented** rate in ~~forty~~ **forty-two** patients."),
                draft);
        String marked = text(out.resolve("review-changes.pdf"));
        String plain = text(out.resolve("review.pdf"));
        // The withdrawn claim stays in its section of the marked-up draft (struck through), not in the draft.
        assertTrue(marked.contains("The first fixture study counted every fixture twice by design."), marked);
        assertEquals(1, count(plain, "counted every fixture twice"), "only in the changes section: " + plain);
        assertEquals(2, count(marked, "counted every fixture twice"), "in its section and in the changes");
        assertTrue(marked.contains("marked up against version 1"), marked);
        assertTrue(marked.contains("halved the fixture invented rate in forty forty-two patients"), marked);
        // The section text is marked where it stands, and in the changes section; review.pdf has the latter only.
        assertEquals(2, count(marked, "search of two databases. three databases in 2024."), marked);
        assertEquals(1, count(plain, "two databases"), plain);
        // The references: the corrected volume marked, the reference of the re-screened paper kept, deleted.
        assertTrue(marked.contains("Fixture Reports. 2021;3(2):20–9. 2021;4 (2):20–9."), marked);
        assertEquals(1, count(marked, "A third fixture study, screened in first"), marked);
        assertEquals(0, count(plain, "A third fixture study, screened in first"), plain);
        // The struck reference ends the marked-up draft at the foot of page 2: no page holds only header and footer.
        assertEquals(List.of(), pagesWithOnlyHeaderAndFooter(out.resolve("review-changes.pdf")));
        assertEquals(List.of(), pagesWithOnlyHeaderAndFooter(out.resolve("review.pdf")));
    }

    @Test
    void theMarkedUpPageShowsTheSameChangesWhereTheyStandInWordsAScreenReaderSpeaks() throws Exception {
        CommandRunner build = CommandRunner.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        Document page = Jsoup.parse(Files.readString(out.resolve("review-changes.html")));
        for (Element mark : page.select("del, ins")) {
            String what = mark.tagName().equals("del") ? "deleted" : "inserted";
            assertEquals("[" + what + ":", mark.child(0).text(), mark.outerHtml());
            assertEquals("end " + what + "]", mark.children().last().text(), mark.outerHtml());
        }
        page.select(".visually-hidden").remove();
        assertEquals(List.of("two databases.", "The first fixture study counted every fixture twice by design.",
                "fixture", "forty", "The third fixture study saw no change in the invented rate.", "2021;3(2):20–9.",
                "Delta D. A third fixture study, screened in first. Fixture Letters. 2022;7:100."),
                marksOutsideTheChangesSection(page, "del"));
        assertEquals(List.of("three databases in 2024.", "invented", "forty-two",
                "The second fixture study found the invented effect lasted a year", "2021;4(2):20–9."),
                marksOutsideTheChangesSection(page, "ins"));
        assertTrue(page.selectFirst("main").text().contains("draft of version 2, marked up against version 1"));
        assertEquals("review.html", page.selectFirst("link[rel=canonical]").attr("href"));
        Document draft = Jsoup.parse(Files.readString(out.resolve("review.html")));
        assertEquals(List.of(), marksOutsideTheChangesSection(draft, "del"), "the draft marks nothing in place");
        assertEquals("review-changes.html", draft.selectFirst("a:contains(Marked-up draft)").attr("href"));
    }

    /** The texts of the marks of one kind in the page's main text, outside its "Changes since" section. */
    private static List<String> marksOutsideTheChangesSection(Document page, String tag) {
        List<String> marks = new java.util.ArrayList<>();
        boolean inChanges = false;
        for (Element block : page.selectFirst("main").children()) {
            if (block.tagName().equals("h2")) {
                inChanges = block.text().startsWith("Changes since");
            } else if (!inChanges) {
                marks.addAll(block.select(tag).eachText());
            }
        }
        return marks;
    }

    @Test
    void buildVersionRebuildsTheFirstVersionFromItsSnapshot() throws Exception {
        CommandRunner build = CommandRunner.run("build", "--version", "1", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        Path version = out.resolve("version-1");
        String draft = Files.readString(version.resolve("review.md"));
        assertTrue(draft.contains("*Version: version 1 · "), draft);
        assertTrue(draft.contains("halved the fixture rate in forty patients"), draft);
        assertTrue(draft.contains("counted every fixture twice by design"), draft);
        assertFalse(draft.contains("forty-two"), draft);
        CommandRunner missing = CommandRunner.run("build", "--version", "7", "--project", project.toString());
        assertEquals(1, missing.exitCode());
        assertEquals(List.of("seeds/versions.yaml:1:1: error: there is no version 7: the recorded versions are 1 to 1",
                "build failed; nothing was written"), List.of((missing.err().strip() + "\n" + missing.out().strip())
                .replace(project + "/", "").split("\n")));
    }

    @Test
    void buildVersionLaysTheVersionOutWithTheTemplatesItWasBuiltWith() throws Exception {
        String snapshot = Files.readString(project.resolve("seeds/versions/1.yaml"));
        assertTrue(snapshot.contains("\ntemplates:\n  pdf.css: "), snapshot);
        assertTrue(snapshot.contains("\n  review.md.vm: "), snapshot);
        assertTrue(snapshot.matches("(?s).*\ntemplate-digests:\n  reference.docx: [0-9a-f]{64}\n.*"), snapshot);
        Path template = project.resolve("templates/review.md.vm");
        Files.createDirectories(template.getParent());
        Files.writeString(template, Files.readString(CheckCommandTest.ROOT.resolve("templates/review.md.vm"))
                .replace("$md.h2 Evidence table", "$md.h2 Table of the evidence"));
        CommandRunner rebuild = CommandRunner.run("build", "--version", "1", "--no-pdf", "--project",
                project.toString());
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertEquals("", rebuild.err(), "nothing differs from what version 1 was built with");
        assertTrue(Files.readString(out.resolve("version-1/review.md")).contains("\n## Evidence table\n"));
        assertEquals(0, CommandRunner.run("build", "--no-pdf", "--project", project.toString()).exitCode());
        assertTrue(Files.readString(out.resolve("review.md")).contains("\n## Table of the evidence\n"));

        assertEquals(0, CommandRunner.run("release", "--project", project.toString()).exitCode());
        String second = Files.readString(project.resolve("seeds/versions/2.yaml"));
        assertTrue(second.contains("\n  pdf.css:\n    as-in: 1\n"), "an unchanged template is kept once: " + second);
        assertTrue(second.contains("Table of the evidence"), second);
        CommandRunner both = CommandRunner.run("build", "--version", "2", "--no-pdf", "--project", project.toString());
        assertEquals(0, both.exitCode(), both.err());
        assertTrue(Files.readString(out.resolve("version-2/review.md")).contains("\n## Table of the evidence\n"));
    }

    @Test
    void aVersionRecordedBeforeTemplatesWereKeptIsRebuiltWithTodaysAndSaysSo() throws Exception {
        Path file = project.resolve("seeds/versions/1.yaml");
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml();
        java.util.Map<String, Object> snapshot = yaml.load(Files.readString(file));
        snapshot.remove("templates");
        snapshot.remove("template-digests");
        Files.writeString(file, yaml.dump(snapshot));
        CommandRunner rebuild = CommandRunner.run("build", "--version", "1", "--no-pdf", "--project",
                project.toString());
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertEquals("seeds/versions/1.yaml:1:1: warning: version 1 was recorded before living-review kept the"
                + " templates of a version, so it is laid out with today's templates",
                rebuild.err().strip().replace(project + "/", ""));
    }

    @Test
    void aVersionRecordedInTheEarlierFormatStillBuilds() throws Exception {
        Files.delete(project.resolve("seeds/versions/1.yaml"));
        CommandRunner build = CommandRunner.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        String changes = Files.readString(out.resolve("CHANGES.md"));
        assertTrue(changes.contains("Version 1 was recorded before living-review kept the texts of a version"),
                changes);
        assertTrue(changes.contains("- Changed claim *alpha-wording* (alpha2020) in [Findings of the fixture]"
                + "(review.md#findings-of-the-fixture) — version 1 recorded no text to compare; it now reads: The"
                + " first fixture study reports that the invented treatment halved the invented rate in forty-two"
                + " patients."), changes);
        assertTrue(changes.contains("- Withdrew claim *alpha-withdrawn* (alpha2020) from [Methods of the fixture]"
                + "(review.md#methods-of-the-fixture)\n"), changes);
        assertTrue(changes.contains("- Corrected the bibliographic data of **beta2021** (version 1 recorded no values"
                + " to compare)"), changes);
        assertTrue(changes.contains("- Changed the text of [Methods of the fixture](review.md#methods-of-the-fixture)"
                + " — version 1 recorded only a fingerprint of its text, so the change cannot be shown\n"), changes);
        Document page = Jsoup.parse(Files.readString(out.resolve("review-changes.html")));
        assertEquals("The fixture studies were found by an invented search of three databases in 2024.",
                page.getElementById("methods-of-the-fixture").nextElementSibling().select("ins").text()
                        .replace("[inserted: ", "").replace(" end inserted]", ""),
                "a text whose fingerprint changed is marked inserted whole");
        CommandRunner rebuild = CommandRunner.run("build", "--version", "1", "--project", project.toString());
        assertEquals(1, rebuild.exitCode());
        assertTrue(rebuild.err().contains("version 1 was recorded before living-review kept the texts of a version,"
                + " so it cannot be rebuilt"), rebuild.err());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The numbers of the pages whose only text is the running header (the short title) and "Page n of N". */
    private static List<Integer> pagesWithOnlyHeaderAndFooter(Path pdf) throws Exception {
        List<Integer> blank = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String body = stripper.getText(doc).replace("Versions fixture", "")
                        .replaceAll("Page \\d+ of \\d+", "");
                if (body.isBlank()) {
                    blank.add(page);
                }
            }
        }
        return blank;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
