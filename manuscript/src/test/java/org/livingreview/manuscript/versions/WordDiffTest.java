package org.livingreview.manuscript.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.livingreview.manuscript.versions.WordDiff.Marks;

/** Word diffs as readers see them: plain Markdown marks in review.md, del/ins in the PDF. */
class WordDiffTest {

    @Test
    void changedWordsAreDeletedThenInserted() {
        assertEquals("halved the ~~fixture~~ **invented** rate in ~~forty~~ **forty-two** patients.",
                WordDiff.render("halved the fixture rate in forty patients.",
                        "halved the invented rate in forty-two patients.", Marks.PLAIN));
        assertEquals("halved the <del>fixture</del> <ins>invented</ins> rate",
                WordDiff.render("halved the fixture rate", "halved the invented rate", Marks.HTML));
    }

    @Test
    void wholeTextsAddedOrRemovedAreMarkedWhole() {
        assertEquals("**A new claim.**", WordDiff.render("", "A new claim.", Marks.PLAIN));
        assertEquals("<del>An old claim.</del>", WordDiff.render("An old claim.", "", Marks.HTML));
        assertEquals("", WordDiff.render("", "", Marks.PLAIN));
    }

    @Test
    void markdownInTheWordsIsEscapedAndWhitespaceIsNoChange() {
        assertEquals("5 ~~\\*p\\*~~ **\\[1\\]**", WordDiff.render("5 *p*", "5 [1]", Marks.PLAIN));
        assertFalse(WordDiff.differ("two  words\n", " two words"));
        assertTrue(WordDiff.differ("two words", "two Words"));
    }
}
