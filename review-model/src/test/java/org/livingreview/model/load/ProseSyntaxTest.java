package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livingreview.model.ClaimPlacement;
import org.livingreview.model.ProseCitation;
import org.livingreview.model.ProseCitation.CitedItem;
import org.livingreview.model.ProseSpan;

/** pandoc's citation syntax in a section text: what is a citation, its items, locators and places. */
class ProseSyntaxTest {

    private static final Path FILE = Path.of("seeds/sections/s.md");

    private static List<ProseSpan> spans(String text) {
        return ProseReader.spans(FILE, text);
    }

    private static ProseCitation only(String text) {
        List<ProseSpan> spans = spans(text);
        assertEquals(1, spans.size(), () -> "spans of " + text + ": " + spans);
        return (ProseCitation) spans.get(0);
    }

    private static CitedItem item(String id, String prefix, String label, String locator, String suffix,
                                  boolean suppress, int line, int column) {
        return new CitedItem(id, prefix, label, locator, suffix, suppress,
                new org.livingreview.model.SourceLocation(FILE, line, column));
    }

    @Test
    void bracketedCitationOfOnePaper() {
        ProseCitation c = only("Resistance persists [@kheyrandish2025].");
        assertEquals(List.of(item("kheyrandish2025", null, null, null, null, false, 1, 22)), c.items());
        assertEquals(false, c.narrative());
        assertEquals("[@kheyrandish2025]", "Resistance persists [@kheyrandish2025].".substring(c.start(), c.end()));
    }

    @Test
    void severalPapersInOneCitation() {
        ProseCitation c = only("Both [@a; @b].");
        assertEquals(List.of(item("a", null, null, null, null, false, 1, 7),
                item("b", null, null, null, null, false, 1, 11)), c.items());
    }

    @Test
    void locatorsWithCslLabels() {
        assertEquals(List.of(item("a", null, "page", "33", null, false, 1, 2)), only("[@a, p. 33]").items());
        assertEquals(List.of(item("a", null, "figure", "2", null, false, 1, 2)), only("[@a, fig. 2]").items());
        assertEquals(List.of(item("a", null, "chapter", "3", null, false, 1, 2)), only("[@a, chap. 3]").items());
        assertEquals(List.of(item("a", null, "page", "3-5", null, false, 1, 2)), only("[@a, pp. 3-5]").items());
        assertEquals(List.of(item("a", null, "section", "4.2", null, false, 1, 2)), only("[@a, sec. 4.2]").items());
        assertEquals(List.of(item("a", null, "page", "12", null, false, 1, 2)), only("[@a, 12]").items());
    }

    @Test
    void prefixesSuffixesAndLocatorsTogether() {
        ProseCitation c = only("[see @a, pp. 3-5; also @b, chap. 2, for the trials]");
        assertEquals(List.of(item("a", "see", "page", "3-5", null, false, 1, 6),
                item("b", "also", "chapter", "2", ", for the trials", false, 1, 24)), c.items());
        assertEquals(List.of(item("a", null, null, null, ", a review", false, 1, 2)),
                only("[@a, a review]").items());
    }

    @Test
    void authorSuppressed() {
        assertEquals(List.of(item("a", null, null, null, null, true, 1, 3)), only("[-@a]").items());
    }

    @Test
    void narrativeCitationWithAndWithoutLocator() {
        ProseCitation c = only("As @gullaksen2025 says, stem cells persist.");
        assertTrue(c.narrative());
        assertEquals(List.of(item("gullaksen2025", null, null, null, null, false, 1, 4)), c.items());
        ProseCitation located = only("@a [p. 33] says so.");
        assertEquals(List.of(item("a", null, "page", "33", null, false, 1, 1)), located.items());
        assertEquals("@a [p. 33]", "@a [p. 33] says so.".substring(located.start(), located.end()));
        assertEquals("a", only("(@a.)").items().get(0).paperId());
    }

    @Test
    void atSignsThatAreNoCitation() {
        assertEquals(List.of(), spans("Write to `@a` or a@b.org or <doe@example.org>."));
        assertEquals(List.of(), spans("See https://example.org/@a and [the page](https://example.org/@b)."));
        assertEquals(List.of(), spans("An escaped \\@a and [a note without a key] and [email a@b.org]."));
        assertEquals(List.of(), spans("```\n[@a] in a code block\n```\n"));
    }

    @Test
    void citationsInTablesListsAndEmphasisAreFoundAtTheirPlace() {
        String text = "| Study | Finding |\n| --- | --- |\n| x [@a] | *@b* |\n\n- item [@c]\n";
        List<ProseSpan> spans = spans(text);
        assertEquals(List.of("[@a]", "@b", "[@c]"), spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals(List.of("3:5", "3:13", "5:8"), spans.stream()
                .map(s -> s.location().line() + ":" + s.location().column()).toList());
    }

    @Test
    void citationAcrossALineBreak() {
        ProseCitation c = only("Text [see @a,\np. 3; @b] more.");
        assertEquals(List.of(item("a", "see", "page", "3", null, false, 1, 11),
                item("b", null, null, null, null, false, 2, 7)), c.items());
    }

    @Test
    void claimPlacement() {
        String text = "First.\n\n{{claim:tfr-failure-60-percent}}\n\nThen {{claim:other}} and {{not a claim}}.";
        List<ProseSpan> spans = spans(text);
        assertEquals(List.of(new ClaimPlacement("tfr-failure-60-percent", 8, 40,
                        new org.livingreview.model.SourceLocation(FILE, 3, 1)),
                new ClaimPlacement("other", 47, 62, new org.livingreview.model.SourceLocation(FILE, 5, 6))), spans);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[@a\\]", "[see `]` @a]", "@", "[@]", "{{claim:}}",
        "[@a; ]", "[-@]", "@a [", "@a [p. 3", "[@a](", "[[@a]]", "[@a]: https://example.org\n\n[@a]", "[x][@a]",
        "[@a]\n[@a]: /u", "*[@a*]", "[@a\nb]", "[see\n   @a\n]", "| [@a | b |\n|---|---|", "{{claim:a}}}}", "@a.b.",
        "<@a>", "\\[@a]", "[@a]{.class}", "@_a", "@1a"})
    void oddTextNeverFailsAndEverySpanIsInsideTheText(String text) {
        for (ProseSpan span : spans(text)) {
            assertTrue(0 <= span.start() && span.start() < span.end() && span.end() <= text.length(), text);
        }
    }
}
