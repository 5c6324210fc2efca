package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Problem;

/** Every reader keeps to {@link ImportLimits}: file size, nesting depth and record count, each refused where it stands. */
class ImportLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.ris");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ImportLimits.MAX_FILE_BYTES + 1);
        }
        ImportReport report = ReferenceImporter.importFiles(ImportSamples.emptyProject(dir.resolve("p")),
                List.of(file));
        assertEquals(List.of(file + ":1:1: error: the file is larger than 192 MiB — split the export into smaller"
                + " files"), report.problems().stream().map(Problem::format).toList());
    }

    @Test
    void bibTeXBracesNestedBeyondTheLimitRefuseOnlyTheirEntry() {
        String deep = "{".repeat(ImportLimits.MAX_NESTING + 1) + "x" + "}".repeat(ImportLimits.MAX_NESTING + 1);
        FileRecords records = ImportSamples.read(ImportFormat.BIBTEX, "@article{deep, title = " + deep + "}\n"
                + "@article{fine, title = {Fine}}\n", ImportLimits.MAX_RECORDS);
        assertEquals(List.of("Fine"), ImportSamples.titles(records));
        assertEquals(List.of("refs:1:1: error: record deep: its braces nest deeper than 50 levels, which no reference"
                + " needs — check its braces, or export the file again"), ImportSamples.problems(records));
    }

    @Test
    void jsonNestedBeyondTheLimitRefusesTheRecordItStandsIn() {
        String deep = "[".repeat(ImportLimits.MAX_NESTING) + "]".repeat(ImportLimits.MAX_NESTING);
        FileRecords records = ImportSamples.read(ImportFormat.CSL_JSON, "[{\"title\": \"Fine\", \"type\": \"book\"},\n"
                + " {\"title\": \"Deep\", \"note\": " + deep + "}]", ImportLimits.MAX_RECORDS);
        assertEquals(List.of("Fine"), ImportSamples.titles(records));
        assertEquals(List.of("refs:2:2: error: record #2: the JSON nests lists and objects deeper than 50 levels,"
                + " which no CSL-JSON item does; this record and any after it were not read — export the items"
                + " again"), ImportSamples.problems(records));
    }

    @Test
    void oneRecordMoreThanTheLimitRefusesTheFileWholeAtThatRecord() {
        String ris = "TY  - JOUR\nTI  - A title\nER  - \n\n".repeat(3);
        assertEquals(3, ImportSamples.titles(ImportSamples.read(ImportFormat.RIS, ris, 3)).size());
        FileRecords records = ImportSamples.read(ImportFormat.RIS, ris + "TY  - JOUR\nTI  - One too many\nER  - \n", 3);
        assertEquals(List.of(), records.found());
        assertEquals(List.of("refs:13:1: error: the file holds more than 3 records; none was imported — split the"
                + " export into files of at most 3 records"), ImportSamples.problems(records));
    }
}
