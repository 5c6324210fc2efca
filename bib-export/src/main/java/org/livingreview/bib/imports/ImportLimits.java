package org.livingreview.bib.imports;

/**
 * What an import file may hold at most, for every reader, so an untrusted file stays harmless: its size, how
 * deep its structure nests (BibTeX braces, JSON, XML) and how many records it holds.
 */
final class ImportLimits {

    /**
     * The largest import file read, in bytes: a 20,000-record RIS export is about 12 MB, but PubMed XML with
     * abstracts takes 4–8 KB a record, so a 10,000-record PubMed export can pass 64 MiB.
     */
    public static final long MAX_FILE_BYTES = 192L * 1024 * 1024;
    /** The deepest nesting of BibTeX braces, JSON arrays and objects, or XML elements (as the YAML loader's). */
    public static final int MAX_NESTING = org.livingreview.model.SeedLimits.MAX_NESTING;
    /** The most records one file may hold (a database export holds at most 20,000 at a time). */
    public static final int MAX_RECORDS = 50_000;

    private ImportLimits() {
    }
}
