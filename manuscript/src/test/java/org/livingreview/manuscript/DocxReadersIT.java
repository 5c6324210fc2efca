package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.pdf.PdfOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.load.ReviewLoader;

/**
 * review.docx of a fixture review read by the real readers: LibreOffice (headless) converts it to PDF
 * without error and the PDF's text holds every claim and reference; pandoc reads it back with the same
 * words as it reads review.md. Each is skipped, with the reason, where the tool is not installed.
 */
class DocxReadersIT {

    @TempDir
    static Path dir;
    private static Path out;
    private static Review review;

    @BeforeAll
    static void build() throws IOException {
        Path project = dir.resolve("review");
        DocxContentIT.copy(TestReviews.ROOT.resolve("fixtures/varied"), project);
        out = dir.resolve("out");
        assertEquals(List.of(), ReviewBuild.build(BuildRequest.of(project, out).withStyle("vancouver").forced(true)
                .skipping(Set.of(PdfOutput.NAME))).problems());
        review = ReviewLoader.load(project).review();
    }

    @Test
    void libreOfficeConvertsItToAPdfHoldingEveryClaimAndReference() throws Exception {
        assumeTool("soffice", "--version");
        Path profile = dir.resolve("lo-profile");
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.resolve("lo").toString(), out.resolve("review.docx").toString())
                .redirectErrorStream(true).start();
        String log = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(soffice.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished");
        assertEquals(0, soffice.exitValue(), log);
        Path pdf = dir.resolve("lo/review.pdf");
        assertTrue(Files.isRegularFile(pdf), log);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertHoldsEveryClaimAndReference(text, "LibreOffice's PDF");
    }

    @Test
    void pandocReadsItBackWithTheSameText() throws Exception {
        assumeTool("pandoc", "--version");
        // Standalone, so that the title block pandoc reads as metadata (Title, Author styles) is printed too.
        String fromDocx = run("pandoc", "-f", "docx", "-t", "plain", "--standalone", "--wrap=none",
                out.resolve("review.docx").toString());
        assertHoldsEveryClaimAndReference(fromDocx, "pandoc's reading");
        // The draft is CommonMark with GFM tables, as commonmark-java reads it.
        String fromMarkdown = run("pandoc", "-f", "commonmark+pipe_tables", "-t", "plain", "--wrap=none",
                out.resolve("review.md").toString());
        assertEquals(words(fromMarkdown), words(fromDocx));
    }

    private static void assertHoldsEveryClaimAndReference(String text, String what) throws IOException {
        String flat = squeeze(text);
        List<String> missing = new ArrayList<>();
        for (Paper paper : review.papers()) {
            for (Claim claim : paper.claims()) {
                // The citation goes before a claim's final period.
                if (!flat.contains(squeeze(claim.text().strip().replaceAll("\\.$", "")))) {
                    missing.add("claim " + claim.id());
                }
            }
        }
        for (String entry : DocxContentIT.referencesOf(Files.readString(out.resolve("review.md")))) {
            boolean found = RIGHT_TO_LEFT.matcher(entry).find()
                    // A PDF holds right-to-left text in visual order, and its lam-alef ligatures come back as
                    // alef-lam: such an entry is looked for word by word, with the two letters' order ignored.
                    ? words(lamAlef(text)).containsAll(words(lamAlef(entry))) : flat.contains(squeeze(entry));
            if (!found) {
                missing.add("reference " + entry);
            }
        }
        assertEquals(List.of(), missing, what + " lacks these");
    }

    private static final java.util.regex.Pattern RIGHT_TO_LEFT = java.util.regex.Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}]");

    /** Text without whitespace (line breaks fall anywhere in a PDF) and with typographic spaces unified. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u00ad\\u200b]+", "");
    }

    private static String lamAlef(String text) {
        return text.replaceAll("\u0644([\u0622\u0623\u0625\u0627])|([\u0622\u0623\u0625\u0627])\u0644", "LA$1$2");
    }

    /** The words of a text in order: runs of letters, and runs of digits (a PDF may glue them together). */
    private static List<String> words(String text) {
        return java.util.regex.Pattern.compile("\\p{L}+|\\p{N}+").matcher(text).results()
                .map(java.util.regex.MatchResult::group).toList();
    }

    private static void assumeTool(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            Assumptions.assumeTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0,
                    command[0] + " does not run here");
        } catch (IOException | InterruptedException e) {
            Assumptions.abort(command[0] + " is not installed (Debian: " + (command[0].equals("soffice")
                    ? "libreoffice-writer" : command[0]) + ")");
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command));
        return output;
    }
}
