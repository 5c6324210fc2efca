package org.livingreview.bib.imports;

import org.livingreview.model.SourceLocation;

/** Where an imported record stands and how to name it in messages ("record doe2020", "record #3"). */
record RecordContext(SourceLocation at, String label, FileRecords records) {

    /** Refuses the record: it is counted as refused and {@code message} is reported as an error. */
    void refuse(String message) {
        records.refuse(at, label, message);
    }

    void warning(String message) {
        records.problems().warning(at, label + ": " + message);
    }

    /** Counts the record as read into {@code reference}. */
    void read(org.livingreview.model.Reference reference) {
        records.read(new ImportedRecord(reference, at, label));
    }
}
