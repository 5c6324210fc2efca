import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic database export of N records, shaped like EndNote's RIS (CRLF, wrapped AD/KW/N1 lines,
 * DA months beside PY), with every 20th record repeating an earlier record's DOI, as a search across
 * databases gives; or, for OUT.bib, the same records as Zotero's BibTeX (LaTeX accents, braced words, month
 * macros, a synthetic abstract of about 600 characters each, as Zotero exports them); or, for OUT.xml, as
 * PubMed XML (efetch's PubmedArticleSet, with a synthetic abstract of about 1,500 characters each).
 * Usage: java bench/GenerateExport.java N OUT.ris|OUT.bib|OUT.xml
 */
public final class GenerateExport {

    private static final String[] FAMILIES = {"Berg", "Müller", "O'Brien", "Tanaka", "Okafor", "Lindqvist",
        "Novak", "Haddad", "García-López", "Smith"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        if (args[1].endsWith(".bib")) {
            bibtex(n, Path.of(args[1]));
            return;
        }
        if (args[1].endsWith(".xml")) {
            pubmedXml(n, Path.of(args[1]));
            return;
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                int work = i % 20 == 19 ? i / 2 : i;
                line(out, "TY", "JOUR");
                for (int a = 0; a < 1 + work % 6; a++) {
                    line(out, "AU", FAMILIES[(work + a) % FAMILIES.length] + ", " + (char) ('A' + a) + ".");
                }
                line(out, "AD", "Department of Fictional Hematology " + work + ", University Hospital,");
                out.write("Nowhere, The Netherlands.\r\n");
                line(out, "TI", "Fictional study " + work + " of tyrosine kinase inhibitor resistance in"
                        + " BCR::ABL1-positive leukemia");
                line(out, "T2", "Journal of Fictional Hematology " + work % 50);
                line(out, "PY", Integer.toString(1990 + work % 35));
                line(out, "DA", MONTHS[work % 12]);
                line(out, "VL", Integer.toString(1 + work % 40));
                line(out, "IS", Integer.toString(1 + work % 12));
                line(out, "SP", Integer.toString(1 + work % 900));
                line(out, "EP", Integer.toString(9 + work % 900));
                line(out, "KW", "Humans");
                out.write("Leukemia, Myelogenous, Chronic, BCR-ABL Positive\r\nDrug Resistance, Neoplasm\r\n");
                line(out, "AN", Integer.toString(90000000 + work));
                line(out, "DO", "10.5555/bench." + work);
                line(out, "N1", "Synthetic record for the living-review import benchmark;");
                out.write("no abstract.\r\n");
                line(out, "ER", "");
                out.write("\r\n");
            }
        }
    }

    private static void bibtex(int n, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                int work = i % 20 == 19 ? i / 2 : i;
                StringBuilder authors = new StringBuilder();
                for (int a = 0; a < 1 + work % 6; a++) {
                    String family = FAMILIES[(work + a) % FAMILIES.length].replace("ü", "{\\\"u}")
                            .replace("í", "{\\'i}").replace("ó", "{\\'o}");
                    authors.append(a == 0 ? "" : " and ").append(family).append(", ").append((char) ('A' + a))
                            .append(".");
                }
                out.write("@article{bench" + i + ",\n"
                        + "  title = {Fictional study " + work + " of tyrosine kinase inhibitor resistance in"
                        + " {BCR}::{ABL1}-positive leukemia},\n"
                        + "  author = {" + authors + "},\n"
                        + "  journal = {Journal of Fictional Hematology " + work % 50 + "},\n"
                        + "  year = {" + (1990 + work % 35) + "},\n"
                        + "  month = " + MONTHS[work % 12].toLowerCase() + ",\n"
                        + "  volume = {" + (1 + work % 40) + "},\n"
                        + "  number = {" + (1 + work % 12) + "},\n"
                        + "  pages = {" + (1 + work % 900) + "--" + (9 + work % 900) + "},\n"
                        + "  doi = {10.5555/bench." + work + "},\n"
                        + "  abstract = {" + ("Synthetic abstract sentence " + work + " about {$\\beta$}-catenin"
                        + " and {IC}\\textsubscript{50} values, with no content of a real paper. ").repeat(5)
                        + "},\n"
                        + "  keywords = {Humans, Leukemia, Drug Resistance},\n"
                        + "}\n\n");
            }
        }
    }

    private static void pubmedXml(int n, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st"
                    + " January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n"
                    + "<PubmedArticleSet>\n");
            for (int i = 0; i < n; i++) {
                int work = i % 20 == 19 ? i / 2 : i;
                StringBuilder authors = new StringBuilder();
                for (int a = 0; a < 1 + work % 6; a++) {
                    authors.append("                <Author ValidYN=\"Y\">\n                    <LastName>")
                            .append(FAMILIES[(work + a) % FAMILIES.length].replace("'", "&apos;"))
                            .append("</LastName>\n                    <ForeName>").append((char) ('A' + a))
                            .append("</ForeName>\n                    <Initials>").append((char) ('A' + a))
                            .append("</Initials>\n                </Author>\n");
                }
                out.write("<PubmedArticle>\n    <MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\">\n"
                        + "        <PMID Version=\"1\">" + (90000000 + work) + "</PMID>\n"
                        + "        <Article PubModel=\"Print\">\n            <Journal>\n"
                        + "                <JournalIssue CitedMedium=\"Internet\">\n"
                        + "                    <Volume>" + (1 + work % 40) + "</Volume>\n"
                        + "                    <Issue>" + (1 + work % 12) + "</Issue>\n"
                        + "                    <PubDate>\n                        <Year>" + (1990 + work % 35)
                        + "</Year>\n                        <Month>" + MONTHS[work % 12] + "</Month>\n"
                        + "                    </PubDate>\n                </JournalIssue>\n"
                        + "                <Title>Journal of fictional hematology " + work % 50 + "</Title>\n"
                        + "                <ISOAbbreviation>J Fict Hematol " + work % 50 + "</ISOAbbreviation>\n"
                        + "            </Journal>\n"
                        + "            <ArticleTitle>Fictional study " + work + " of tyrosine kinase inhibitor"
                        + " resistance in <i>BCR::ABL1</i>-positive leukemia.</ArticleTitle>\n"
                        + "            <Pagination>\n                <MedlinePgn>" + (1 + work % 900) + "-"
                        + (9 + work % 900) + "</MedlinePgn>\n            </Pagination>\n"
                        + "            <ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.5555/bench." + work
                        + "</ELocationID>\n"
                        + "            <Abstract>\n                <AbstractText>"
                        + ("Synthetic abstract sentence " + work + " with no content of a real paper. ").repeat(25)
                        + "</AbstractText>\n            </Abstract>\n"
                        + "            <AuthorList CompleteYN=\"Y\">\n" + authors + "            </AuthorList>\n"
                        + "            <Language>eng</Language>\n            <PublicationTypeList>\n"
                        + "                <PublicationType UI=\"D016428\">Journal Article</PublicationType>\n"
                        + "            </PublicationTypeList>\n        </Article>\n    </MedlineCitation>\n"
                        + "    <PubmedData>\n        <ArticleIdList>\n"
                        + "            <ArticleId IdType=\"pubmed\">" + (90000000 + work) + "</ArticleId>\n"
                        + "            <ArticleId IdType=\"doi\">10.5555/bench." + work + "</ArticleId>\n"
                        + "        </ArticleIdList>\n    </PubmedData>\n</PubmedArticle>\n");
            }
            out.write("</PubmedArticleSet>\n");
        }
    }

    private static void line(Writer out, String tag, String value) throws IOException {
        out.write(tag + "  - " + value + "\r\n");
    }
}
