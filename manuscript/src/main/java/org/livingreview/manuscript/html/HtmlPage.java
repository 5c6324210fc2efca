package org.livingreview.manuscript.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.livingreview.bib.ExportFormat;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Input;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.OutputFile;
import org.livingreview.manuscript.output.Sources;
import org.livingreview.manuscript.pdf.PdfOutput;
import org.livingreview.manuscript.text.MarkdownHtml;
import org.livingreview.manuscript.versions.DraftEdition;
import org.livingreview.manuscript.versions.PrismaFlow;
import org.livingreview.model.ReviewInfo;

/**
 * The review as a web page, review.html: the linked draft rendered by commonmark-java, with a table of
 * contents, citations that show their reference on hover and focus, identifiers linked, the PRISMA figure
 * inline, links to the PDF and reference files, and the metadata indexers read. Self-contained: its
 * stylesheet is inline and it asks no other host for anything. {@link #markedUp()} is the same page of the
 * marked-up draft, review-changes.html. Deleted and inserted words are {@code <del>} and {@code <ins>},
 * in colour, struck through or underlined, and announced to screen readers by hidden text.
 */
public final class HtmlPage implements Output {

    /** The page's file name among the outputs. */
    public static final String FILE = "review.html";
    /** The name of review.html's output among the outputs. */
    public static final String NAME = "html";
    /** The marked-up draft's page: the whole draft with every change since the last version marked. */
    public static final String MARKED_UP = "review-changes.html";
    private static final String STYLESHEET = loadStylesheet();

    /** Which draft a page shows. */
    private interface DraftText {
        String markdown(Sources sources) throws IOException, BuildFailed;
    }

    private final String name;
    private final String file;
    private final DraftText draft;

    /** The web page of the draft, review.html. */
    public HtmlPage() {
        this(NAME, FILE, Sources::linkedMarkdown);
    }

    private HtmlPage(String name, String file, DraftText draft) {
        this.name = name;
        this.file = file;
        this.draft = draft;
    }

    /** The web page of the marked-up draft, review-changes.html (skipped with the name "html-changes"). */
    public static HtmlPage markedUp() {
        return new HtmlPage("html-changes", MARKED_UP, Sources::markedUpMarkdown);
    }

    private boolean isMarkedUp() {
        return file.equals(MARKED_UP);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> files() {
        return List.of(file);
    }

    @Override
    public Set<Input> inputs() {
        return Input.OF_THE_DRAFT;
    }

    @Override
    public List<OutputFile> render(Sources sources) throws IOException, BuildFailed {
        DraftEdition edition = sources.edition();
        Document doc = MarkdownHtml.document(draft.markdown(sources));
        ReviewInfo info = sources.review().info();
        // Not pretty-printed: jsoup 1.16 lays out <ins> and <del> as blocks and drops the space after them.
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        doc.selectFirst("html").attr("lang", info.locale());
        List<MarkdownHtml.Heading> headings = MarkdownHtml.anchorHeadings(doc);
        MarkdownHtml.inlineSvg(doc, Map.of(PrismaFlow.FILE, edition.prisma().svg()), "figure");
        describeFigures(doc);
        References.link(doc, sources.review().papers());
        wrapTables(doc);
        announceChanges(doc);
        head(doc.head(), info, edition);
        if (isMarkedUp()) {
            meta(doc.head(), "name", "robots", "noindex");
            doc.head().appendElement("link").attr("rel", "canonical").attr("href", FILE);
        }
        body(doc, headings, edition);
        return List.of(OutputFile.text(file, "<!DOCTYPE html>\n" + doc.html() + "\n"));
    }

    /**
     * Each deleted and inserted passage says so in words a screen reader speaks ("deleted:", "inserted:")
     * and which the page hides from sight, since most screen readers do not announce {@code <del>} and
     * {@code <ins>} themselves.
     */
    private static void announceChanges(Document doc) {
        for (Element mark : doc.select("del, ins")) {
            String what = mark.tagName().equals("del") ? "deleted" : "inserted";
            mark.prependElement("span").addClass("visually-hidden").text("[" + what + ": ");
            mark.appendElement("span").addClass("visually-hidden").text(" end " + what + "]");
        }
    }

    private static void head(Element head, ReviewInfo info, DraftEdition edition) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "color-scheme").attr("content", "light dark");
        head.appendElement("title").text(info.title());
        meta(head, "name", "description", info.abstractText());
        meta(head, "name", "keywords", String.join(", ", info.keywords()));
        meta(head, "name", "generator", "living-review");
        meta(head, "name", "citation_title", info.title());
        info.authors().forEach(a -> meta(head, "name", "citation_author", a.name()));
        meta(head, "name", "citation_publication_date", edition.date().replace('-', '/'));
        meta(head, "name", "citation_pdf_url", "review.pdf");
        meta(head, "name", "citation_language", info.locale());
        meta(head, "name", "DC.title", info.title());
        info.authors().forEach(a -> meta(head, "name", "DC.creator", a.name()));
        meta(head, "name", "DC.date", edition.date());
        meta(head, "name", "DC.language", info.locale());
        meta(head, "name", "DC.type", "Text");
        meta(head, "name", "DC.description", info.abstractText());
        meta(head, "property", "og:type", "article");
        meta(head, "property", "og:title", info.title());
        meta(head, "property", "og:description", info.abstractText());
        head.appendElement("link").attr("rel", "alternate").attr("type", "application/pdf").attr("href", "review.pdf");
        head.appendElement("style").appendText(STYLESHEET);
    }

    private static void meta(Element head, String kind, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.appendElement("meta").attr(kind, name).attr("content", content);
        }
    }

    /** A bar of downloads, the table of contents beside the text, and the version at the foot. */
    private void body(Document doc, List<MarkdownHtml.Heading> headings, DraftEdition edition) {
        Element main = new Element("main").attr("id", "text");
        main.appendChildren(List.copyOf(doc.body().childNodes()));
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#text").text("Skip to the text");
        Element bar = body.appendElement("header").addClass("bar").appendElement("nav")
                .attr("aria-label", "Downloads");
        download(bar, "review.pdf", "PDF");
        for (ExportFormat format : ExportFormat.values()) {
            download(bar, format.fileName(), label(format));
        }
        download(bar, "CHANGES.md", "Changes");
        if (isMarkedUp()) {
            download(bar, FILE, "Draft without marks");
            download(bar, PdfOutput.MARKED_UP, "Marked-up PDF");
        } else if (edition.last().isPresent()) {
            download(bar, MARKED_UP, "Marked-up draft");
        }
        Element layout = body.appendElement("div").addClass("layout");
        Element toc = layout.appendElement("nav").addClass("toc").attr("aria-label", "Contents");
        toc.appendElement("p").addClass("toc-title").text("Contents");
        Element list = toc.appendElement("ol");
        headings.stream().filter(h -> h.level() == 2)
                .forEach(h -> list.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(h.text()));
        layout.appendChild(main);
        body.appendElement("footer").text(capitalized(edition.version()) + " · " + edition.date()
                + " · made with living-review");
    }

    private static void download(Element bar, String file, String label) {
        bar.appendElement("a").attr("href", file).text(label);
    }

    private static String label(ExportFormat format) {
        return switch (format) {
            case CSL_JSON -> "CSL-JSON";
            case BIBTEX -> "BibTeX";
            case RIS -> "RIS";
        };
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The inlined drawings are images named by their visible caption, the text alternative. */
    private static void describeFigures(Document doc) {
        int n = 0;
        for (Element figureDiv : doc.select("div.figure")) {
            Element svg = figureDiv.selectFirst("svg");
            String id = "figure-" + ++n;
            Element figure = new Element("figure").addClass("figure");
            svg.removeAttr("alt");
            svg.attr("role", "img").attr("aria-labelledby", id);
            figure.appendChild(svg);
            figure.appendElement("figcaption").attr("id", id).text(altText(svg));
            figureDiv.replaceWith(figure);
        }
    }

    private static String altText(Element svg) {
        Element title = svg.selectFirst("title");
        Element desc = svg.selectFirst("desc");
        return (title == null ? "" : title.text() + ": ") + (desc == null ? "" : desc.text());
    }

    /** Wide tables scroll inside their own region (reachable by keyboard) rather than widening the page. */
    private static void wrapTables(Document doc) {
        int n = 0;
        for (Element table : doc.select("table")) {
            Element heading = previousHeading(table);
            Element wrap = new Element("div").addClass("table-wrap").attr("tabindex", "0").attr("role", "region")
                    .attr("aria-label", heading == null ? "Table " + ++n : heading.text());
            table.replaceWith(wrap);
            wrap.appendChild(table);
            for (Element cell : table.select("th[align], td[align]")) {
                cell.addClass("align-" + cell.attr("align")).removeAttr("align");
            }
        }
    }

    private static Element previousHeading(Element element) {
        for (Element e = element.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (e.tagName().matches("h[1-6]")) {
                return e;
            }
        }
        return null;
    }

    private static String loadStylesheet() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("page.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("page.css is part of living-review", e);
        }
    }
}
