package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SOURCE_DATE_EPOCH, set in the environment of the command as CI sets it, dates the PDF and the draft. */
class SourceDateEpochIT {

    @TempDir
    Path dir;

    @Test
    void theEpochDatesThePdfAndTheDraft() throws Exception {
        Path project = ShippedReview.copyInto(dir.resolve("review"));
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder command = new ProcessBuilder(List.of(javaCommand, "-cp", System.getProperty("java.class.path"),
                LivingReview.class.getName(), "build", "--project", project.toString()))
                .redirectErrorStream(true);
        command.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);

        try (PDDocument pdf = Loader.loadPDF(project.resolve("target/review/review.pdf").toFile())) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertEquals(1700000000000L, created.getTimeInMillis());
            assertEquals(1700000000000L, pdf.getDocumentInformation().getModificationDate().getTimeInMillis());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(true, xmp.contains("<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>"), xmp);
        }
        assertEquals(true, Files.readString(project.resolve("target/review/review.md")).contains("· 2023-11-14 ·"));
    }
}
