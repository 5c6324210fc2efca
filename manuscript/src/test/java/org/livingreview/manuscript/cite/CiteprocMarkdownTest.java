package org.livingreview.manuscript.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Turning citeproc-java's HTML into Markdown where text is set normal inside emphasis. */
class CiteprocMarkdownTest {

    @Test
    void uprightTextInsideItalicsSplitsTheItalics() {
        // citeproc-java's output for the title "My <i>Amazing</i> Title" in an italic element (patch 0061)
        assertEquals("*My* Amazing *Title*", CiteprocMarkdown.convert(
                "<span style=\"font-style: italic\">My <span style=\"font-style:normal;\">Amazing</span> Title</span>"));
    }

    @Test
    void italicsInsideUprightInsideItalicsAreItalicAgain() {
        assertEquals("*One* Two *Three* Four *Five!*", CiteprocMarkdown.convert(
                "<span style=\"font-style: italic\">One <span style=\"font-style:normal;\">Two "
                        + "<span style=\"font-style: italic\">Three</span> Four</span> Five!</span>"));
    }

    @Test
    void normalBoldInsideBoldSplitsTheBold() {
        assertEquals("**Speak,** friend **and enter.**", CiteprocMarkdown.convert(
                "<span style=\"font-weight: bold\">Speak, <span style=\"font-weight:normal;\">friend</span> and enter.</span>"));
    }

    @Test
    void aNormalSpanOutsideEmphasisIsPlainText() {
        assertEquals("His Anonymous Life", CiteprocMarkdown.convert("<span style=\"font-style:normal;\">His Anonymous Life</span>"));
    }
}
