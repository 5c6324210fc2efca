package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PubMed XML from untrusted hands: entity tricks, deep nesting and damage are refused where they stand. */
class PubmedXmlReaderTest {

    private static final String HEAD = "<?xml version=\"1.0\" ?>\n";
    private static final String RECORD = """
            <PubmedArticle><MedlineCitation><PMID Version="1">99000001</PMID><Article><Journal><Title>J</Title>
            </Journal><ArticleTitle>%s</ArticleTitle></Article></MedlineCitation></PubmedArticle>
            """;

    @TempDir
    Path dir;

    private static FileRecords read(String text) {
        return ImportSamples.read(ImportFormat.PUBMED_XML, text, ImportLimits.MAX_RECORDS);
    }

    @Test
    void anExternalEntityIsRefusedWithoutReadingTheFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        FileRecords records = read(HEAD + "<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<PubmedArticleSet>" + RECORD.formatted("&xxe;") + "</PubmedArticleSet>\n");
        assertEquals(List.of("refs:2:1: error: the file declares its own DTD or entities (<!DOCTYPE … [ … ]>),"
                + " which PubMed never writes; it was not read, since such declarations can read local files or"
                + " expand without bound — export the records from PubMed again"), ImportSamples.problems(records));
        assertEquals(List.of(), records.found());
    }

    @Test
    void anEntityExpansionBombIsRefusedAtOnce() {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        FileRecords records = read(HEAD + "<!DOCTYPE PubmedArticleSet [" + entities + "]>\n<PubmedArticleSet>"
                + RECORD.formatted("&a9;") + "</PubmedArticleSet>\n");
        assertTrue(records.refusedWhole().startsWith("the file declares its own DTD or entities"),
                records::refusedWhole);
    }

    @Test
    void anInternalSubsetAfterAQuotedIdHoldingAnAngleBracketIsRefusedToo() {
        // Shaped like the fuzzing finding (kept under ImporterFuzzITInputs/pubmedXml): the JDK's parser threw
        // MissingResourceException on the subset, which the check before parsing had missed because of the '>'.
        FileRecords records = read(HEAD + "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//EN\" \"pubmed_?>5050.dtd\"[\n"
                + "<PubmedArticleSet>" + RECORD.formatted("T") + "</PubmedArticleSet>\n");
        assertTrue(String.valueOf(records.refusedWhole()).startsWith("the file declares its own DTD or entities"),
                records::refusedWhole);
    }

    @Test
    void anExternalDtdIsNeverFetchedSoItsEntitiesStayUndeclared() throws Exception {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"LEAKED-FROM-DTD\">");
        FileRecords records = read(HEAD + "<!DOCTYPE PubmedArticleSet SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<PubmedArticleSet>\n" + RECORD.formatted("Read before") + RECORD.formatted("&leak;")
                + "</PubmedArticleSet>\n");
        assertEquals(List.of("Read before"), ImportSamples.titles(records));
        List<String> problems = ImportSamples.problems(records);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("refs:7:") && problems.get(0).contains("record #2: malformed XML:")
                && problems.get(0).contains("\"leak\"") && !problems.get(0).contains("LEAKED"), problems.get(0));
    }

    @Test
    void elementsNestedBeyondTheLimitRefuseTheRecordWhereTheyStand() {
        String deep = "<i>".repeat(ImportLimits.MAX_NESTING) + "x" + "</i>".repeat(ImportLimits.MAX_NESTING);
        FileRecords records = read(HEAD + "<PubmedArticleSet>\n" + RECORD.formatted("Fine") + RECORD.formatted(deep)
                + "</PubmedArticleSet>\n");
        assertEquals(List.of("Fine"), ImportSamples.titles(records));
        // Line 6, column 163: the end of the <i> that would be the 51st level (after 24 characters and 46 <i>).
        assertEquals(List.of("refs:6:163: error: record #2:"
                + " the XML nests elements deeper than 50 levels, which no PubMed record does; this record and any"
                + " after it were not read — export the records from PubMed again"), ImportSamples.problems(records));
    }

    @Test
    void aTruncatedFileKeepsTheRecordsBeforeTheBreak() {
        FileRecords records = read(HEAD + "<PubmedArticleSet>\n" + RECORD.formatted("First")
                + RECORD.formatted("Second").substring(0, 60));
        assertEquals(List.of("First"), ImportSamples.titles(records));
        assertEquals(2, records.found().size());
        assertTrue(ImportSamples.problems(records).get(0).contains("error: record #2: malformed XML:"), () -> ImportSamples.problems(records).toString());
    }

    @Test
    void otherXmlIsRefusedWholeSayingWhatItIs() {
        FileRecords records = read(HEAD + "<records><record/></records>");
        assertEquals(List.of("refs:2:1: error: this XML is a <records> document, not PubMed's"
                + " <PubmedArticleSet> — export the records from PubMed as XML"), ImportSamples.problems(records));
    }

    @Test
    void inlineMarkupIsFlattenedAndScriptsBecomeUnicode() {
        FileRecords records = read(HEAD + "<PubmedArticleSet>" + RECORD.formatted(
                "Ca<sup>2+</sup> and CO<sub>2</sub> in <i>BCR::ABL1</i> cells<sup>a</sup>.") + "</PubmedArticleSet>");
        assertEquals(List.of("Ca²⁺ and CO₂ in BCR::ABL1 cellsa"), ImportSamples.titles(records));
    }
}
