/** Reference formats in and out: CSL-JSON, BibTeX, RIS exports; imports from reference managers and databases. */
module org.livingreview.bib {
    requires transitive org.livingreview.model;
    requires com.fasterxml.jackson.databind;
    requires jbibtex;
    requires java.xml;
    exports org.livingreview.bib;
    exports org.livingreview.bib.imports;
}
