package org.livingreview.bib.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The formats {@code living-review import} reads, each recognised by its content rather than its name. */
public enum ImportFormat {
    CSL_JSON("CSL-JSON", List.of("json"), CslJsonReader::new, Pattern.compile("\\A\\s*[\\[{]")),
    RIS("RIS", List.of("ris"), RisReader::new, Pattern.compile("^TY  - ", Pattern.MULTILINE)),
    MEDLINE("MEDLINE", List.of("nbib", "medline", "txt"), MedlineReader::new,
            Pattern.compile("^PMID- ", Pattern.MULTILINE)),
    BIBTEX("BibTeX", List.of("bib", "bibtex"), BibTeXReader::new, Pattern.compile("^\\s*@\\w+\\s*[{(]", Pattern.MULTILINE));

    private final String label;
    private final List<String> extensions;
    private final Supplier<RecordReader> reader;
    private final Pattern signature;

    ImportFormat(String label, List<String> extensions, Supplier<RecordReader> reader, Pattern signature) {
        this.label = label;
        this.extensions = extensions;
        this.reader = reader;
        this.signature = signature;
    }

    public String label() {
        return label;
    }

    RecordReader reader() {
        return reader.get();
    }

    /** The format whose signature the text shows, tried in declaration order. */
    public static Optional<ImportFormat> detect(String text) {
        for (ImportFormat format : values()) {
            if (format.signature.matcher(text).find()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension suggests, if it suggests one. */
    public static Optional<ImportFormat> byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        for (ImportFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
