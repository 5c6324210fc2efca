package org.livingreview.bib.imports;

import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.Problems;

/** Reads the records of one import file in one format; problems go to {@link Problems}, never thrown. */
interface RecordReader {

    List<ImportedRecord> read(Path file, String text, Problems problems);
}
