package org.livingreview.manuscript.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain text escaped for Markdown renders as itself, with no more backslashes than needed. */
class MarkdownTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "BCR::ABL1 (p210) in 60% of cases => BCR::ABL1 (p210) in 60% of cases",
        "*italic* and `code` => \\*italic\\* and \\`code\\`",
        "[link](x) <b> a|b ~x~ back\\slash => \\[link\\](x) \\<b\\> a\\|b \\~x\\~ back\\\\slash",
        "snake_case _lead trail_ => snake_case \\_lead trail\\_",
        "AT&T &amp; &#169; => AT&T \\&amp; \\&#169;",
        "# not a heading => \\# not a heading",
        "- not a list => \\- not a list",
        "2020. A good year => 2020\\. A good year",
        "2020.5 is a number => 2020.5 is a number",
        "a - b + c = d # e => a - b + c = d # e",
    })
    void escapesOnlyWhatMarkdownWouldRead(String text, String expected) {
        assertEquals(expected, MarkdownText.escape(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*a* _b_ **c** `d` [e](f) <g> h|i ~~j~~ k\\l &amp; m_n", "# x", "1) y", "+ z",
        "= underline?", "> quote", "![img](x.png)", "AT&T &copy; &#x41;"})
    void commonmarkRendersTheEscapedTextAsTheTextItself(String text) {
        String rendered = TextContentRenderer.builder().build()
                .render(Parser.builder().build().parse(MarkdownText.escape(text)));
        assertEquals(text, rendered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "line\r\nbreak"})
    void lineBreaksBecomeSpaces(String text) {
        assertEquals(text.replace('\r', ' ').replace('\n', ' '), MarkdownText.escape(text));
    }
}
