package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed while it works leaves the previous outputs complete and readable. */
class InterruptedBuildIT {

    @TempDir
    Path dir;

    @Test
    void killingABuildMidwayLosesNothing() throws Exception {
        Path project = ShippedReview.copyInto(dir.resolve("review"));
        assertEquals(0, CommandRunner.run("build", "--project", project.toString()).exitCode());
        Path out = project.resolve("target/review");
        List<String> names = List.of("review.md", "review.pdf", "references.json", "references.bib",
                "references.ris", "CHANGES.md", "prisma.svg", "review.html",
                "review-changes.html", "review.docx");
        byte[][] before = new byte[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            before[i] = Files.readAllBytes(out.resolve(names.get(i)));
        }
        Path paper = project.resolve("seeds/papers/gullaksen2025.yaml");
        Files.writeString(paper, Files.readString(paper).replace("once TKI treatment is stopped",
                "after TKI treatment stops"));

        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<byte[][]> snapshots = new java.util.ArrayList<>();
        for (long delay : new long[] {300, 900, 1500, 2500}) {
            Process build = new ProcessBuilder(List.of(javaCommand, "-cp", System.getProperty("java.class.path"),
                    LivingReview.class.getName(), "build", "--force", "--project", project.toString()))
                    .redirectErrorStream(true).start();
            Thread.sleep(delay);
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
            byte[][] now = new byte[names.size()][];
            for (int i = 0; i < names.size(); i++) {
                now[i] = Files.readAllBytes(out.resolve(names.get(i)));
            }
            snapshots.add(now);
            try (PDDocument pdf = Loader.loadPDF(out.resolve("review.pdf").toFile())) {
                assertTrue(pdf.getNumberOfPages() > 0, "the PDF is complete and readable");
            }
        }
        assertEquals(0, CommandRunner.run("build", "--force", "--project", project.toString()).exitCode(),
                "a later build still works");
        for (byte[][] snapshot : snapshots) {
            for (int i = 0; i < names.size(); i++) {
                byte[] after = Files.readAllBytes(out.resolve(names.get(i)));
                assertTrue(java.util.Arrays.equals(before[i], snapshot[i]) || java.util.Arrays.equals(after, snapshot[i]),
                        names.get(i) + " is either the previous file or the new one, never a part of either");
            }
        }
        assertArrayEquals(before[2], Files.readAllBytes(out.resolve("references.json")),
                "the reference exports did not change with a claim");
    }
}
