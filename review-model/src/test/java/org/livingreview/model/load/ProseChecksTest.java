package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check reports about section texts, each at its exact place. */
class ProseChecksTest {

    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir)
                .paper("doe2024", TestProject.validPaper("doe2024", ""))
                .paper("roe2023", TestProject.validPaper("roe2023", "").replace("status: included", "status: pending")
                        .replaceAll("(?s)claims:.*", ""))
                .paper("poe2022", TestProject.validPaper("poe2022", "")
                        .replace("status: included", "status: excluded, reason: wrong population")
                        .replaceAll("(?s)claims:.*", ""));
    }

    @Test
    void validTextHasNoProblems() {
        assertEquals(List.of(), project().write("seeds/sections/background.md",
                "Doe reports it [@doe2024, p. 3].\n\n{{claim:doe2024-claim}}\n").problems());
    }

    @Test
    void unknownPaperSuggestsTheClosestId() {
        assertEquals(List.of("seeds/sections/background.md:2:15: error: '@doe2042' is no paper of the review"
                        + " — did you mean 'doe2024'?"),
                project().write("seeds/sections/background.md", "First line.\nAs noted [see @doe2042] before.\n")
                        .problems());
    }

    @Test
    void unknownPaperWithoutCloseIdSaysWhatToDo() {
        assertEquals(List.of("seeds/sections/background.md:1:1: error: '@smith1999' is no paper of the review"
                        + " — add seeds/papers/smith1999.yaml or correct the id"),
                project().write("seeds/sections/background.md", "@smith1999 found it.\n").problems());
    }

    @Test
    void unknownClaimSuggestsTheClosestId() {
        assertEquals(List.of("seeds/sections/background.md:3:5: error: there is no claim 'doe2024-clam'"
                        + " — did you mean 'doe2024-claim'?"),
                project().write("seeds/sections/background.md", "One.\n\nSee {{claim:doe2024-clam}}.\n").problems());
    }

    @Test
    void claimPlacedTwiceNamesBothPlaces() {
        assertEquals(List.of("seeds/sections/genomic-lesions.md:1:1: error: the claim 'doe2024-claim' is placed twice"
                        + " (also at seeds/sections/background.md:1:1) — place it once"),
                project().write("seeds/sections/background.md", "{{claim:doe2024-claim}}\n")
                        .write("seeds/sections/genomic-lesions.md", "{{claim:doe2024-claim}}\n").problems());
    }

    @Test
    void citingPendingOrExcludedPapersIsAWarning() {
        assertEquals(List.of("seeds/sections/background.md:1:7: warning: '@roe2023' is pending, yet the text cites it"
                        + " — screen it in, or cite another paper",
                "seeds/sections/background.md:1:17: warning: '@poe2022' is excluded, yet the text cites it"
                        + " — screen it in, or cite another paper"),
                project().write("seeds/sections/background.md", "Both [@roe2023; @poe2022].\n").problems());
    }

    @Test
    void fileForNoSectionSuggestsTheClosestSection() {
        assertEquals(List.of("seeds/sections/backgrund.md:1:1: error: there is no section 'backgrund' in"
                        + " seeds/review.yaml — did you mean 'background'?"),
                project().write("seeds/sections/backgrund.md", "Text.\n").problems());
    }

    @Test
    void anIncludedPaperCitedOnlyInTheTextIsCited() {
        String noClaims = TestProject.validPaper("moe2021", "").replaceAll("(?s)claims:.*", "");
        assertEquals(List.of("seeds/papers/moe2021.yaml:7:12: error: the paper 'moe2021' is included but nothing"
                        + " cites it — add a claim under 'claims' or cite it in a section's text, or set its"
                        + " screening status to pending"),
                project().paper("moe2021", noClaims).problems());
        assertEquals(List.of(), project().paper("moe2021", noClaims)
                .write("seeds/sections/introduction.md", "As @moe2021 showed.\n").problems());
    }
}
