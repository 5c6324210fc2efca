package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small fixture per validation rule, asserting the exact location and message. */
class ValidationRulesTest {

    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir);
    }

    @Test
    void validProjectHasNoProblems() {
        assertEquals(List.of(), project().paper("doe2024", TestProject.validPaper("doe2024", "")).problems());
    }

    @Test
    void missingRequiredFieldPointsAtTheMapping() {
        String yaml = TestProject.validPaper("doe2024", "").replace("title: A paper\n", "");
        assertEquals(List.of("seeds/papers/doe2024.yaml:1:1: error: missing required field 'title' in the paper"
                        + " — add 'title: ...'"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void wrongTypeNamesTheExpectedType() {
        String yaml = TestProject.validPaper("doe2024", "").replace("title: A paper\n", "title: [A, paper]\n");
        assertEquals(List.of("seeds/papers/doe2024.yaml:3:8: error: 'title' in the paper must be text, not a list"
                        + " — write it on one line after the colon"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void listExpectedButSingleValueGiven() {
        String yaml = TestProject.validPaper("doe2024", "keywords: leukemia\n");
        assertEquals(List.of("seeds/papers/doe2024.yaml:12:11: error: 'keywords' in the paper must be a list, not a"
                        + " single value — write each item on its own line starting with '- '"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() {
        String yaml = TestProject.validPaper("doe2024", "contianer-title: Blood\n");
        assertEquals(List.of("seeds/papers/doe2024.yaml:12:1: error: unknown key 'contianer-title' in the paper"
                        + " — did you mean 'container-title'?"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void unknownKeyWithNoCloseMatchListsTheAllowedKeys() {
        String yaml = TestProject.validPaper("doe2024", "").replace("study: x", "")
                .replace("screening: {status: included}", "screening: {status: included, verdict: yes}");
        assertEquals(List.of("seeds/papers/doe2024.yaml:7:31: error: unknown key 'verdict' in 'screening'"
                        + " — allowed keys are: reason, status"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void badIdSyntaxIsExplained() {
        String yaml = TestProject.validPaper("doe2024", "").replace("  - id: doe2024-claim", "  - id: Doe_Claim");
        assertEquals(List.of("seeds/papers/doe2024.yaml:7:12: error: the paper 'doe2024' is included but nothing"
                        + " cites it — add a claim under 'claims' or cite it in a section's text, or set its"
                        + " screening status to pending",
                        "seeds/papers/doe2024.yaml:9:9: error: 'Doe_Claim' is not a valid id — use lower-case"
                        + " letters, digits and single hyphens, starting and ending with a letter or digit, at most 64"
                        + " characters (e.g. 'vanoutersterp2024')"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void pathLikeAndDeviceIdsAreRejected() {
        for (String id : List.of("../../etc/passwd", "a/b", "con")) {
            TestProject p = project();
            p.paper("x", "id: \"" + id + "\"\ntype: book\ntitle: T\nscreening: {status: pending}\n");
            assertEquals("seeds/papers/x.yaml:1:5: error: '" + id + "' is not a valid id — use lower-case letters,"
                    + " digits and single hyphens, starting and ending with a letter or digit, at most 64 characters"
                    + " (e.g. 'vanoutersterp2024')", p.problems().get(0));
        }
    }

    @Test
    void duplicatePaperIdIsReported() {
        TestProject p = project()
                .paper("doe2024", TestProject.validPaper("doe2024", ""))
                .paper("zz-copy", TestProject.validPaper("doe2024", "").replace("doe2024-claim", "other-claim"));
        assertEquals(List.of(
                        "seeds/papers/zz-copy.yaml:1:5: error: the id 'doe2024' is also the id of paper 'doe2024'"
                        + " (seeds/papers/doe2024.yaml:1:5) — the same work is in the review twice: keep one file"
                        + " and delete the other",
                        "seeds/papers/zz-copy.yaml:1:5: error: the paper id 'doe2024' does not match the file name"
                        + " 'zz-copy.yaml' — rename the file to 'doe2024.yaml' or change the id to 'zz-copy'"),
                p.problems());
    }

    @Test
    void duplicateClaimIdAcrossPapers() {
        TestProject p = project()
                .paper("doe2024", TestProject.validPaper("doe2024", ""))
                .paper("roe2023", TestProject.validPaper("roe2023", "").replace("roe2023-claim", "doe2024-claim"));
        assertEquals(List.of("seeds/papers/roe2023.yaml:9:9: error: duplicate claim id 'doe2024-claim' (also at"
                        + " seeds/papers/doe2024.yaml:9:9) — claim ids must be unique across the review"),
                p.problems());
    }

    @Test
    void sameDoiOnTwoPapersIgnoringCase() {
        TestProject p = project()
                .paper("doe2024", TestProject.validPaper("doe2024", "doi: 10.1182/blood.2024.1\n"))
                .paper("roe2023", TestProject.validPaper("roe2023", "doi: 10.1182/BLOOD.2024.1\n"));
        assertEquals(List.of("seeds/papers/roe2023.yaml:12:6: error: the doi '10.1182/blood.2024.1' is also the doi"
                        + " of paper 'doe2024' (seeds/papers/doe2024.yaml:12:6) — the same work is in the review"
                        + " twice: keep one file and delete the other"),
                p.problems());
    }

    @Test
    void samePmidOnTwoPapers() {
        TestProject p = project()
                .paper("doe2024", TestProject.validPaper("doe2024", "pmid: 38386975\n"))
                .paper("roe2023", TestProject.validPaper("roe2023", "pmid: \"38386975\"\n"));
        assertEquals(List.of("seeds/papers/roe2023.yaml:12:7: error: the pmid '38386975' is also the pmid of paper"
                        + " 'doe2024' (seeds/papers/doe2024.yaml:12:7) — the same work is in the review twice: keep"
                        + " one file and delete the other"),
                p.problems());
    }

    @Test
    void malformedIdentifiersAndDates() {
        String yaml = TestProject.validPaper("doe2024", """
                doi: https://doi.org/10.1182/x
                pmid: PMID38386975
                pmcid: "12345"
                """).replace("issued: 2024", "issued: 2024-02-30");
        assertEquals(List.of(
                        "seeds/papers/doe2024.yaml:6:9: error: '2024-02-30' is not a valid date — write YYYY, YYYY-MM"
                        + " or YYYY-MM-DD (e.g. 2024-04-10), with a month and day that exist",
                        "seeds/papers/doe2024.yaml:12:6: error: 'https://doi.org/10.1182/x' is not a valid doi — write"
                        + " a DOI such as 10.1182/bloodadvances.2023011567 (without 'https://doi.org/'), or leave the"
                        + " field out when the source does not give it",
                        "seeds/papers/doe2024.yaml:13:7: error: 'PMID38386975' is not a valid pmid — write a PubMed"
                        + " id: digits only, such as 38386975, or leave the field out when the source does not give it",
                        "seeds/papers/doe2024.yaml:14:8: error: '12345' is not a valid pmcid — write a PubMed Central"
                        + " id such as PMC1234567, or leave the field out when the source does not give it"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void claimInUnknownSectionSuggestsTheClosest() {
        String yaml = TestProject.validPaper("doe2024", "").replace("section: background", "section: genomic-lesion");
        assertEquals(List.of("seeds/papers/doe2024.yaml:10:14: error: the claim is in section 'genomic-lesion', which"
                        + " seeds/review.yaml does not list — did you mean 'genomic-lesions'?"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void citesOfAnUnknownPaperSuggestTheClosest() {
        String yaml = TestProject.validPaper("doe2024", "    cites: [roe2023, doe2042]\n");
        TestProject p = project().paper("doe2024", yaml).paper("roe2023", TestProject.validPaper("roe2023", ""));
        assertEquals(List.of("seeds/papers/doe2024.yaml:12:22: error: the claim cites 'doe2042', which is no paper of"
                        + " the review — did you mean 'doe2024'?"),
                p.problems());
    }

    @Test
    void citingAnExcludedPaperIsAnError() {
        TestProject p = project()
                .paper("doe2024", TestProject.validPaper("doe2024", "    cites: [roe2023]\n"))
                .paper("roe2023", "id: roe2023\ntype: book\ntitle: T\nscreening: {status: excluded, reason: review}\n");
        assertEquals(List.of("seeds/papers/doe2024.yaml:12:13: error: the claim cites 'roe2023', which is excluded —"
                        + " a review cites only papers it includes: remove the citation or re-screen the paper"),
                p.problems());
    }

    @Test
    void includedPaperWithNoClaim() {
        String yaml = "id: doe2024\ntype: book\ntitle: T\nscreening:\n  status: included\n";
        assertEquals(List.of("seeds/papers/doe2024.yaml:5:3: error: the paper 'doe2024' is included but nothing"
                        + " cites it — add a claim under 'claims' or cite it in a section's text, or set its"
                        + " screening status to pending"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void includedPaperCitedOnlyByAnotherPapersClaimIsFine() {
        TestProject p = project()
                .paper("doe2024", TestProject.validPaper("doe2024", "    cites: [roe2023]\n"))
                .paper("roe2023", "id: roe2023\ntype: book\ntitle: T\nscreening: {status: included}\n");
        assertEquals(List.of(), p.problems());
    }

    @Test
    void excludedPaperWithoutReason() {
        String yaml = "id: doe2024\ntype: book\ntitle: T\nscreening:\n  status: excluded\n";
        assertEquals(List.of("seeds/papers/doe2024.yaml:5:11: error: an excluded paper needs a 'reason' — say why it"
                        + " was excluded (e.g. reason: wrong population)"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void fileNameMustMatchTheId() {
        TestProject p = project().paper("doe-2024", TestProject.validPaper("doe2024", ""));
        assertEquals(List.of("seeds/papers/doe-2024.yaml:1:5: error: the paper id 'doe2024' does not match the file"
                        + " name 'doe-2024.yaml' — rename the file to 'doe2024.yaml' or change the id to 'doe-2024'"),
                p.problems());
    }

    @Test
    void unknownItemTypeAndScreeningStatusSuggestTheClosest() {
        String yaml = TestProject.validPaper("doe2024", "").replace("type: article-journal", "type: journal-article")
                .replace("{status: included}", "{status: inclded}");
        assertEquals(List.of("seeds/papers/doe2024.yaml:2:7: error: unknown item type 'journal-article' — use a CSL"
                        + " item type such as article-journal, book, chapter or report",
                        "seeds/papers/doe2024.yaml:7:21: error: unknown screening status 'inclded' — did you mean"
                        + " 'included'? (use one of included, excluded, pending)",
                        "seeds/papers/doe2024.yaml:9:3: warning: the claims of a paper that is not included are left"
                        + " out of the draft — set its screening status to included to use them"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void missingScreening() {
        String yaml = "id: doe2024\ntype: book\ntitle: T\n";
        assertEquals(List.of("seeds/papers/doe2024.yaml:1:1: error: missing required field 'screening' in the paper"
                        + " — add 'screening: {status: pending}' (or included, or excluded with a reason)"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void nameNeedsFamilyOrLiteral() {
        String yaml = TestProject.validPaper("doe2024", "").replace("{family: Doe, given: Jane}", "{given: Jane}");
        assertEquals(List.of("seeds/papers/doe2024.yaml:5:5: error: a name needs 'family' (a person's family name) or"
                        + " 'literal' (an organisation's name) — add one of them"),
                project().paper("doe2024", yaml).problems());
    }

    @Test
    void reviewFileRules() {
        TestProject p = project().review("""
                title: T
                locale: english
                page-size: A5
                authors:
                  - name: Jane Doe
                    orcid: 0000-0002-1825-0098
                sections:
                  - id: background
                    title: Background
                  - id: background
                    title: Again
                """);
        assertEquals(List.of(
                        "seeds/review.yaml:2:9: error: 'english' is not a locale — write a language tag such as"
                        + " en-US, en-GB, de-DE or fr-FR",
                        "seeds/review.yaml:3:12: error: unknown page size 'A5' — use A4 or Letter",
                        "seeds/review.yaml:6:12: error: '0000-0002-1825-0098' is not a valid ORCID iD — write the 16"
                        + " characters as 0000-0002-1825-0097 (the last one is a check digit: copy it from orcid.org)",
                        "seeds/review.yaml:10:9: error: duplicate section id 'background' (first at line 8) — give"
                        + " each section its own id"),
                p.problems().stream().filter(line -> line.startsWith("seeds/review.yaml")).toList());
    }

    @Test
    void reviewWithoutSections() {
        assertEquals(List.of("seeds/papers:1:1: warning: there is no seeds/papers folder, so the review has no papers"
                        + " yet — add papers with 'living-review import' or write seeds/papers/<id>.yaml",
                        "seeds/review.yaml:1:1: error: missing required field 'sections' in the review — list"
                        + " the review's sections, each with an id and a title"),
                project().review("title: T\n").problems());
    }

    @Test
    void missingReviewFile() {
        List<String> problems = ReviewLoader.load(dir).problems().stream()
                .map(p -> p.format().replace(dir + "/", "")).toList();
        assertEquals(List.of("seeds/papers:1:1: warning: there is no seeds/papers folder, so the review has no papers"
                        + " yet — add papers with 'living-review import' or write seeds/papers/<id>.yaml",
                        "seeds/review.yaml:1:1: error: there is no seeds/review.yaml — run the command in the review's"
                        + " folder, or pass --project DIR to name it"),
                problems);
    }

    @Test
    void ymlFilesAreIgnoredWithAWarning() {
        TestProject p = project().paper("doe2024", TestProject.validPaper("doe2024", ""))
                .write("seeds/papers/roe2023.yml", "id: roe2023\n");
        assertEquals(List.of("seeds/papers/roe2023.yml:1:1: warning: this file is ignored: paper files end in .yaml"
                        + " — rename it to roe2023.yaml"),
                p.problems());
    }
}
