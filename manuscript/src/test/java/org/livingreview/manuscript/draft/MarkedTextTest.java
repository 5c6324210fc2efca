package org.livingreview.manuscript.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes marked in Markdown as written: words, whole citations, paragraphs and lines kept. */
class MarkedTextTest {

    private static String mark(String before, String after) {
        return MarkedText.mark(MarkedText.words(before), MarkedText.words(after));
    }

    @Test
    void changedWordsAreDeletedAndInsertedWhereTheyStand() {
        assertEquals("found by a search of <del>two</del> <ins>three</ins> databases <ins>in 2024</ins> overall.",
                mark("found by a search of two databases overall.", "found by a search of three databases in 2024"
                        + " overall."));
    }

    @Test
    void theAuthorsMarkdownIsKeptAsWrittenNotEscaped() {
        assertEquals("*Very* <del>old</del> <ins>new</ins> `code_here` [link](#a)",
                mark("*Very* old `code_here` [link](#a)", "*Very* new `code_here` [link](#a)"));
    }

    @Test
    void aWordDeletedAtTheStartIsSeparatedFromTheNextWord() {
        assertEquals("<del>Old</del> start", mark("Old start", "start"));
        assertEquals("<ins>New</ins> start", mark("start", "New start"));
    }

    @Test
    void paragraphsAndTableLinesStayAndNoMarkSpansALineBreak() {
        String before = "First para.\n\nGone para\nstill gone.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |";
        String after = "First para.\n\n| a | b |\n| --- | --- |\n| 1 | 3 |";
        assertEquals("First para.\n\n<del>Gone para</del>\n<del>still gone.</del>\n\n| a | b |\n| --- | --- |\n"
                + "| 1 | <del>2</del> <ins>3</ins> |", mark(before, after));
    }

    @Test
    void aCitationIsOneWordAndThePunctuationAfterItStaysAttached() {
        List<MarkedText.Token> before = new MarkedText.Tokens().words("Two causes ").whole("[(1,2)](#ref-a)")
                .words(". Next").list();
        List<MarkedText.Token> after = new MarkedText.Tokens().words("Two causes ").whole("[(1)](#ref-a)")
                .words(". Next").list();
        assertEquals("Two causes <del>[(1,2)](#ref-a)</del> <ins>[(1)](#ref-a)</ins>. Next",
                MarkedText.mark(before, after));
        assertTrue(MarkedText.differ(before, after));
    }

    @Test
    void whitespaceAloneIsNoChangeAndAWholeTextCanBeInsertedOrDeleted() {
        assertFalse(MarkedText.differ(MarkedText.words("a  b\nc"), MarkedText.words("a b c")));
        assertEquals("<ins>All new.</ins>", mark("", "All new."));
        assertEquals("<del>All gone.</del>", mark("All gone.", ""));
    }
}
