package org.livingreview.bib.imports;

import org.livingreview.model.Reference;
import org.livingreview.model.SourceLocation;

/** One reference read from an import file, with where it stands there and how to name it. */
record ImportedRecord(Reference reference, SourceLocation at, String label) {
}
