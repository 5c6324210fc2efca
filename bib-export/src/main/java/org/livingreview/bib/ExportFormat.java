package org.livingreview.bib;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.livingreview.model.Paper;

/** The reference formats the review is exported to, with the file name each build writes. */
public enum ExportFormat {
    CSL_JSON("csl-json", "references.json", CslJsonExport::write),
    BIBTEX("bibtex", "references.bib", BibTeXExport::write),
    RIS("ris", "references.ris", RisExport::write);

    private final String id;
    private final String fileName;
    private final Function<List<Paper>, String> writer;

    ExportFormat(String id, String fileName, Function<List<Paper>, String> writer) {
        this.id = id;
        this.fileName = fileName;
        this.writer = writer;
    }

    /** The word used on the command line ({@code --format csl-json}). */
    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /** The papers as this format's text, deterministic for the same papers. */
    public String write(List<Paper> papers) {
        return writer.apply(papers);
    }

    @Override
    public String toString() {
        return id;
    }

    /** The format for a command-line word, case-insensitively. */
    public static ExportFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + id + "' — use one of "
                        + Arrays.stream(values()).map(ExportFormat::id).toList()));
    }
}
