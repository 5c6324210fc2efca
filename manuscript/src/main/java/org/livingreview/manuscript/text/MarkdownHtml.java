package org.livingreview.manuscript.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The draft's Markdown as an HTML document (commonmark-java, with tables), shared by the PDF and the web page. */
public final class MarkdownHtml {

    /** A heading of the draft with the anchor it was given. */
    public record Heading(int level, String id, String text) {
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private MarkdownHtml() {
    }

    /** The Markdown rendered into the body of a new document. */
    public static Document document(String markdown) {
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).build()
                .render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
        return Jsoup.parse("<html><head></head><body>" + body + "</body></html>");
    }

    /**
     * Gives every heading up to level 4 the anchor GitHub gives it ("-2" after a repeated one), so links into
     * review.md work in every output; returns them in order.
     */
    public static List<Heading> anchorHeadings(Document doc) {
        List<Heading> headings = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (Element heading : doc.body().select("h1, h2, h3, h4")) {
            String slug = Anchors.slug(heading.text());
            int n = used.merge(slug, 1, Integer::sum);
            String id = n == 1 ? slug : slug + "-" + n;
            heading.attr("id", id);
            headings.add(new Heading(heading.tagName().charAt(1) - '0', id, heading.text()));
        }
        return headings;
    }

    /**
     * Replaces images of the given SVG files by the drawings themselves in a figure, keeping the image's
     * alternative text as the drawing's accessible name.
     */
    public static void inlineSvg(Document doc, Map<String, String> svgImages, String figureClass) {
        for (Element img : doc.select("img[src]")) {
            String svg = svgImages.get(img.attr("src"));
            if (svg != null) {
                Element drawing = Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser()).selectFirst("svg");
                drawing.attr("alt", img.attr("alt"));
                Element figure = new Element("div").addClass(figureClass);
                figure.appendChild(drawing);
                Element block = img.parent() != null && img.parent().tagName().equals("p")
                        && img.parent().childNodeSize() == 1 ? img.parent() : img;
                block.replaceWith(figure);
            }
        }
    }
}
