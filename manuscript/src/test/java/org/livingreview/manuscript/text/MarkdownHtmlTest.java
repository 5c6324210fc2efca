package org.livingreview.manuscript.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The Markdown → HTML step shared by the PDF and the web page. */
class MarkdownHtmlTest {

    @Test
    void headingsGetGitHubAnchorsAndRepeatedOnesAreNumbered() {
        Document doc = MarkdownHtml.document("# A review: TKIs\n\n## Changes\n\ntext\n\n## Changes\n\n### BCR::ABL1 & more\n");
        assertEquals(List.of(new MarkdownHtml.Heading(1, "a-review-tkis", "A review: TKIs"),
                new MarkdownHtml.Heading(2, "changes", "Changes"), new MarkdownHtml.Heading(2, "changes-2", "Changes"),
                new MarkdownHtml.Heading(3, "bcrabl1--more", "BCR::ABL1 & more")), MarkdownHtml.anchorHeadings(doc));
        assertEquals("changes-2", doc.select("h2").get(1).id());
    }

    @Test
    void tablesAreRendered() {
        Document doc = MarkdownHtml.document("| a | b |\n| --- | ---: |\n| 1 | 2 |\n");
        assertEquals(2, doc.select("table tr").size());
        assertEquals("right", doc.selectFirst("td:eq(1)").attr("align"));
    }

    @Test
    void anImageOfAKnownSvgBecomesTheDrawingInAFigureInsteadOfItsParagraph() {
        Document doc = MarkdownHtml.document("before\n\n![the flow](flow.svg)\n\n![other](other.png)\n");
        MarkdownHtml.inlineSvg(doc, Map.of("flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>t</title></svg>"),
                "figure");
        assertEquals("the flow", doc.selectFirst("div.figure > svg").attr("alt"));
        assertNull(doc.selectFirst("p > div.figure"), "no block inside a paragraph");
        assertEquals("other.png", doc.selectFirst("img").attr("src"), "other images stay");
    }
}
