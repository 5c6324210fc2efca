package org.livingreview.manuscript.docx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The inline content of one Markdown block, flattened into what a Word paragraph holds: runs of text with
 * their formatting, line breaks, links, marked citations and pictures. The HTML the draft uses inline
 * ({@code <sup>}, {@code <sub>}, {@code <br>}, anchors) is read as formatting; other tags are dropped.
 */
final class Inlines {

    /** How a run of text looks. */
    record Format(boolean italic, boolean bold, boolean superscript, boolean subscript, boolean code) {
        static final Format PLAIN = new Format(false, false, false, false, false);

        Format italicToggled() {
            return new Format(!italic, bold, superscript, subscript, code);
        }

        Format emboldened() {
            return new Format(italic, true, superscript, subscript, code);
        }
    }

    /** One piece of a paragraph. */
    interface Piece {
    }

    /** Text in one format. */
    record Span(String text, Format format) implements Piece {
    }

    /** A line break within the paragraph. */
    record Break() implements Piece {
    }

    /** A link to an address outside the document. */
    record Hyperlink(String address, List<Span> spans) implements Piece {
    }

    /** A citation of papers (by id), with its formatted text. */
    record Citation(List<String> ids, List<Span> spans) implements Piece {
    }

    /** An image by its source, with its text alternative. */
    record Picture(String source, String alt) implements Piece {
    }

    /** The destination of a link that marks a citation in the DOCX draft: {@code cite:a,b}. */
    static final String CITATION_MARK = "cite:";
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)[^>]*>");

    private final List<Piece> pieces = new ArrayList<>();
    private int superscripts;
    private int subscripts;

    /** The pieces of {@code block}'s inline children, in {@code base} format (bold in table headers). */
    static List<Piece> of(Node block, Format base) {
        Inlines inlines = new Inlines();
        inlines.children(block, base, inlines.pieces);
        return List.copyOf(inlines.pieces);
    }

    /** Whether a block's inline content starts with the anchor of a bibliography entry. */
    static boolean startsWithEntryAnchor(Node block) {
        return block.getFirstChild() instanceof HtmlInline html && html.getLiteral().startsWith("<a id=\"ref-");
    }

    /** The plain text of pieces: what Word shows, without formatting. */
    static String plain(List<? extends Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece instanceof Span s) {
                out.append(s.text());
            } else if (piece instanceof Break) {
                out.append('\n');
            } else if (piece instanceof Hyperlink h) {
                out.append(plain(h.spans()));
            } else if (piece instanceof Citation c) {
                out.append(plain(c.spans()));
            } else if (piece instanceof Picture p) {
                out.append(p.alt());
            }
        }
        return out.toString();
    }

    private void children(Node parent, Format format, List<Piece> into) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, format, into);
        }
    }

    @SuppressWarnings("unchecked")
    private void inline(Node node, Format format, List<Piece> into) {
        Format current = withTags(format);
        if (node instanceof Text text) {
            into.add(new Span(text.getLiteral(), current));
        } else if (node instanceof Code code) {
            into.add(new Span(code.getLiteral(), new Format(current.italic(), current.bold(), current.superscript(),
                    current.subscript(), true)));
        } else if (node instanceof SoftLineBreak) {
            into.add(new Span(" ", current));
        } else if (node instanceof HardLineBreak) {
            into.add(new Break());
        } else if (node instanceof Emphasis) {
            children(node, format.italicToggled(), into);
        } else if (node instanceof StrongEmphasis) {
            children(node, format.emboldened(), into);
        } else if (node instanceof HtmlInline html) {
            tag(html.getLiteral(), into);
        } else if (node instanceof Image image) {
            into.add(new Picture(image.getDestination(), plain(of(image, Format.PLAIN))));
        } else if (node instanceof Link link) {
            link(link, format, into);
        } else {
            children(node, format, into);
        }
    }

    private void link(Link link, Format format, List<Piece> into) {
        List<Piece> inner = new ArrayList<>();
        children(link, format, inner);
        String destination = link.getDestination();
        boolean onlySpans = inner.stream().allMatch(p -> p instanceof Span);
        if (destination.startsWith(CITATION_MARK) && onlySpans) {
            into.add(new Citation(Arrays.asList(destination.substring(CITATION_MARK.length()).split(",")),
                    (List<Span>) (List<?>) inner));
        } else if (destination.matches("(?i)(https?|mailto|ftp):.*") && onlySpans) {
            into.add(new Hyperlink(destination, (List<Span>) (List<?>) inner));
        } else {
            into.addAll(inner);
        }
    }

    private void tag(String literal, List<Piece> into) {
        Matcher tag = TAG.matcher(literal);
        if (!tag.matches()) {
            return;
        }
        int step = tag.group(1).isEmpty() ? 1 : -1;
        String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
        if (name.equals("sup")) {
            superscripts = Math.max(0, superscripts + step);
        } else if (name.equals("sub")) {
            subscripts = Math.max(0, subscripts + step);
        } else if (name.equals("br")) {
            into.add(new Break());
        }
    }

    private Format withTags(Format format) {
        return new Format(format.italic(), format.bold(), format.superscript() || superscripts > 0,
                format.subscript() || subscripts > 0, format.code());
    }
}
