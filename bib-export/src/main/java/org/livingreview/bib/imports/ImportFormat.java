package org.livingreview.bib.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The formats {@code living-review import} reads, each recognised by its content rather than its name. */
enum ImportFormat {
    PUBMED_XML("PubMed XML", List.of("xml"), PubmedXmlReader::new,
            Pattern.compile("^\\s*<(?:!DOCTYPE\\s+)?PubmedArticleSet[\\s>]", Pattern.MULTILINE),
            "it has no <PubmedArticleSet> element"),
    CSL_JSON("CSL-JSON", List.of("json"), CslJsonReader::new, Pattern.compile("\\A\\s*[\\[{]"),
            "it does not start with '[' or '{'"),
    RIS("RIS", List.of("ris"), RisReader::new, Pattern.compile("^TY  - ", Pattern.MULTILINE), "it has no line 'TY  - '"),
    MEDLINE("MEDLINE", List.of("nbib", "medline"), MedlineReader::new,
            Pattern.compile("^PMID- ", Pattern.MULTILINE), "it has no line 'PMID- '"),
    WEB_OF_SCIENCE("Web of Science", List.of("ciw"), WebOfScienceReader::new,
            Pattern.compile("^PT [A-Z]\\s*$", Pattern.MULTILINE), "it has no line 'PT J'"),
    BIBTEX("BibTeX", List.of("bib", "bibtex"), BibTeXReader::new, Pattern.compile("^\\s*@\\w+\\s*[{(]",
            Pattern.MULTILINE), "it has no entry such as '@article{'");

    private final String label;
    private final List<String> extensions;
    private final Supplier<RecordReader> reader;
    private final Pattern signature;
    private final String signatureHint;

    ImportFormat(String label, List<String> extensions, Supplier<RecordReader> reader, Pattern signature,
                 String signatureHint) {
        this.label = label;
        this.extensions = extensions;
        this.reader = reader;
        this.signature = signature;
        this.signatureHint = signatureHint;
    }

    /** What a file of this format must hold, as a reader would recognise it ("it has no line 'TY  - '"). */
    String signatureHint() {
        return signatureHint;
    }

    /** Every format's label, as a list in prose: "CSL-JSON, RIS, MEDLINE or BibTeX". */
    public static String labels() {
        List<String> labels = java.util.Arrays.stream(values()).map(ImportFormat::label).toList();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
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
