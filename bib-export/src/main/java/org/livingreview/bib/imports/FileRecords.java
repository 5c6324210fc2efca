package org.livingreview.bib.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;
import org.livingreview.model.SeedLimits;

/**
 * What a reader made of one file: every record it found, each either read or refused (with the reason
 * reported as an error at its place), or the file refused whole when it is not of the format at all.
 */
final class FileRecords {

    /** One record found in the file: read into {@code record}, or refused for {@code reason}. */
    record Found(SourceLocation at, String label, ImportedRecord record, String reason) {
    }

    private static final int MAX_KEY = 80;

    private final Path file;
    private final Problems problems;
    private final int maxRecords;
    private final List<Found> found = new ArrayList<>();
    private String refusedWhole;

    FileRecords(Path file, Problems problems) {
        this(file, problems, ImportLimits.MAX_RECORDS);
    }

    /** Records of a file that may hold at most {@code maxRecords} records (more refuse the file whole). */
    FileRecords(Path file, Problems problems, int maxRecords) {
        this.file = file;
        this.problems = problems;
        this.maxRecords = maxRecords;
    }

    /** "record KEY" with the record's own key when it has a printable one, else "record #N" (its number). */
    static String label(String key, int number) {
        String printable = key == null ? "" : SeedLimits.NOT_PRINTABLE.matcher(key).replaceAll("")
                .replaceAll("\\s+", " ").strip();
        return "record " + (printable.isEmpty() || printable.length() > MAX_KEY ? "#" + number : printable);
    }

    Path file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    /** The context for messages about the record at {@code at}, named {@code label} ("record doe2020"). */
    RecordContext record(SourceLocation at, String label) {
        return new RecordContext(at, label, this);
    }

    void read(ImportedRecord record) {
        add(new Found(record.at(), record.label(), record, null));
    }

    /** Counts a record as refused and reports {@code message} ("what is wrong — what to do") as an error. */
    void refuse(SourceLocation at, String label, String message) {
        if (add(new Found(at, label, null, message))) {
            problems.error(at, label + ": " + message);
        }
    }

    /** Counts a record, unless the file was refused whole; one more than the limit refuses the file. */
    private boolean add(Found record) {
        if (refusedWhole != null) {
            return false;
        }
        if (found.size() == maxRecords) {
            refuseFile(record.at(), "the file holds more than " + maxRecords + " records; none was imported —"
                    + " split the export into files of at most " + maxRecords + " records");
            return false;
        }
        found.add(record);
        return true;
    }

    /** Refuses the whole file, as not of the format at all: no record of it is counted. */
    void refuseFile(SourceLocation at, String message) {
        problems.error(at, message);
        refusedWhole = message;
        found.clear();
    }

    /** The records in file order (empty when the file was refused whole). */
    List<Found> found() {
        return refusedWhole != null ? List.of() : found.stream()
                .sorted(Comparator.comparingInt((Found f) -> f.at().line()).thenComparingInt(f -> f.at().column()))
                .toList();
    }

    String refusedWhole() {
        return refusedWhole;
    }
}
