package org.livingreview.bib.imports;

/**
 * Reads the records of one import file in one format into {@link FileRecords}: each record read or refused,
 * problems reported there, never thrown.
 */
interface RecordReader {

    void read(String text, FileRecords records);
}
