package org.livingreview.manuscript.cite;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.livingreview.manuscript.text.MarkdownText;

/**
 * Turns citeproc-java's HTML (a small subset: italics, bold, small caps, super- and subscripts, links)
 * into clean Markdown. citeproc-java's own Markdown output escapes almost every punctuation mark and
 * glues entry numbers to their text, which this avoids.
 */
final class CiteprocMarkdown {

    private CiteprocMarkdown() {
    }

    static String convert(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("span[style~=font-(style|weight|variant): ?normal]").forEach(CiteprocMarkdown::liftNormal);
        StringBuilder out = new StringBuilder();
        append(body, out);
        return out.toString().replaceAll("[ \\t\\n]+", " ").strip();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(MarkdownText.escape(text.getWholeText()));
            } else if (child instanceof Element element) {
                element(element, out);
            }
        }
    }

    private static void element(Element e, StringBuilder out) {
        String style = e.attr("style").replace(" ", "");
        String tag = e.tagName();
        if (tag.equals("a")) {
            String href = e.attr("href");
            String label = inner(e);
            out.append(label.equals(MarkdownText.escape(href)) ? "<" + href + ">" : "[" + label + "](" + href + ")");
        } else if (tag.equals("i") || tag.equals("em") || style.contains("font-style:italic")) {
            wrap(e, out, "*");
        } else if (tag.equals("b") || tag.equals("strong") || style.contains("font-weight:bold")) {
            wrap(e, out, "**");
        } else if (tag.equals("sup") || tag.equals("sub") || style.contains("vertical-align:sup")
                || style.contains("vertical-align:sub")) {
            String name = tag.equals("sub") || style.contains("sub") ? "sub" : "sup";
            out.append('<').append(name).append('>').append(inner(e)).append("</").append(name).append('>');
        } else {
            append(e, out);
        }
    }

    /**
     * Text that citeproc-java sets upright inside italics (bold inside bold, and so on) is a normal span in
     * the emphasised one, as citeproc-js writes it ({@code <i>My <span style="font-style:normal;">Amazing</span>
     * Title</i>}); Markdown cannot nest that, so the emphasised parent is split around the normal text
     * ({@code *My* Amazing *Title*}). A normal span whose parent is not emphasised is plain text.
     */
    private static void liftNormal(Element normal) {
        Element parent = normal.parent();
        String property = normal.attr("style").replace(" ", "").replaceAll(":normal;?$", "");
        if (parent != null && parent.tagName().equals("span") && parent.attr("style").replace(" ", "").startsWith(property + ":")
                && !parent.attr("style").contains("normal")) {
            Element after = parent.shallowClone();
            List<Node> siblings = new ArrayList<>(parent.childNodes().subList(normal.siblingIndex() + 1, parent.childNodeSize()));
            siblings.forEach(after::appendChild);
            parent.after(after);
            normal.remove();
            parent.after(normal);
        }
        normal.unwrap();
    }

    private static void wrap(Element e, StringBuilder out, String marker) {
        String inner = inner(e);
        if (inner.isBlank()) {
            out.append(inner);
            return;
        }
        String leading = inner.substring(0, inner.length() - inner.stripLeading().length());
        String trailing = inner.substring(inner.stripTrailing().length());
        out.append(leading).append(marker).append(inner.strip()).append(marker).append(trailing);
    }

    private static String inner(Element e) {
        StringBuilder inner = new StringBuilder();
        append(e, inner);
        return inner.toString();
    }
}
