package org.livingreview.bib.imports;

import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/** Where an imported record stands and how to name it in messages ("record 3", "entry 'doe2024'"). */
record RecordContext(SourceLocation at, String label, Problems problems) {

    void error(String message) {
        problems.error(at, label + ": " + message);
    }

    void warning(String message) {
        problems.warning(at, label + ": " + message);
    }
}
