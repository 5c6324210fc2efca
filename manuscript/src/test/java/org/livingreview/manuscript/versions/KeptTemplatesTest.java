package org.livingreview.manuscript.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Digests;
import org.livingreview.model.versions.VersionSnapshots.Templates;

/** What a release keeps of the templates, and what a rebuild restores or reports as today's. */
class KeptTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void aProjectWithoutTemplatesKeepsTheShippedOnes() throws Exception {
        Templates kept = KeptTemplates.of(dir);
        assertEquals(List.of("pdf.css", "review.md.vm"), List.copyOf(new java.util.TreeSet<>(kept.texts().keySet())));
        assertTrue(kept.texts().get("review.md.vm").contains("$md.h2 $changes.title"));
        assertEquals(List.of("reference.docx"), List.copyOf(kept.digests().keySet()));
        assertTrue(kept.digests().get("reference.docx").matches("[0-9a-f]{64}"));
    }

    @Test
    void theProjectsOwnTemplatesAreKeptAndItsBinaryFilesDigested() throws Exception {
        Files.createDirectories(dir.resolve("templates/parts"));
        Files.writeString(dir.resolve("templates/parts/intro.vm"), "Intro\n");
        Files.write(dir.resolve("templates/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});
        Files.writeString(dir.resolve("templates/notes.md~"), "an editor's backup, not an input");
        Templates kept = KeptTemplates.of(dir);
        assertEquals("Intro\n", kept.texts().get("parts/intro.vm"));
        assertEquals(Digests.sha256(Files.readAllBytes(dir.resolve("templates/logo.png"))),
                kept.digests().get("logo.png"));
        assertTrue(!kept.texts().containsKey("notes.md~"));
    }

    @Test
    void aRebuildRestoresTheTextsAndNamesTheFilesThatDifferFromTheRecordedOnes() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/review.md.vm"), "today's template\n");
        Files.write(project.resolve("templates/reference.docx"), new byte[] {1, 2, 3});
        Templates kept = new Templates(Map.of("review.md.vm", "then's template\n", "pdf.css", "p { margin: 0; }"),
                Map.of("reference.docx", Digests.sha256(new byte[] {1, 2, 4})));
        assertEquals(List.of("templates/reference.docx"), KeptTemplates.restore(kept, project, scratch));
        assertEquals("p { margin: 0; }", Files.readString(scratch.resolve("templates/pdf.css")));
        assertEquals("then's template\n", Files.readString(scratch.resolve("templates/review.md.vm")));
        assertTrue(Files.exists(scratch.resolve("templates/reference.docx")), "today's, as nothing else is known");

        Templates same = new Templates(Map.of("review.md.vm", "then's template\n"), Map.of("reference.docx", Digests.sha256(new byte[] {1, 2, 3})));
        Path again = Files.createDirectories(dir.resolve("again"));
        assertEquals(List.of("templates/pdf.css"), KeptTemplates.restore(same, project, again),
                "the shipped stylesheet was not recorded, so it is today's");
    }
}
