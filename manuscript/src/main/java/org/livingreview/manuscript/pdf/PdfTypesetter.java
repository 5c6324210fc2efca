package org.livingreview.manuscript.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Calendar;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.livingreview.manuscript.text.MarkdownHtml;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Typesets the draft's Markdown as an archival, accessible PDF: commonmark-java (GFM tables) to HTML,
 * openhtmltopdf (PDFBox) to PDF/A-2u with PDF/UA-1 tagging, DejaVu fonts from Maven embedded and subset,
 * bookmarks from the headings, and dates and document id taken from the inputs, so the same inputs
 * give the same bytes.
 */
final class PdfTypesetter {

    /** Rules before the stylesheet's: every element has an embedded font unless the stylesheet says otherwise. */
    private static final String BASE_RULES = "body { font-family: 'DejaVu Serif', 'DejaVu Sans'; }"
            + " code, pre, kbd, samp, tt { font-family: 'DejaVu Sans Mono', 'DejaVu Sans'; }"
            // Changes are marked by more than colour: deleted words are struck through, inserted ones underlined.
            + " del { color: #b3261e; text-decoration: line-through; }"
            + " ins { color: #0b6b3a; text-decoration: underline; }";
    /** The class of the body and of the blocks that end it (each the last child of the one before). */
    private static final String DOCUMENT_END = "document-end";
    /**
     * Rules after the stylesheet's: openhtmltopdf lays out the bottom margins after the last line (the body's
     * and those of its last blocks) and opens a page for them when they do not fit, an empty page with only the
     * running header and page number; so the blocks that end the document keep no bottom margin.
     */
    private static final String END_OF_DOCUMENT_RULES = "." + DOCUMENT_END + " { margin-bottom: 0 !important; }";
    /** The XMP dates openhtmltopdf sets to the time of rendering, as elements or attributes. */
    private static final Pattern XMP_DATES = Pattern.compile(
            "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>|\\sxmp:(?:CreateDate|ModifyDate|MetadataDate)=\")[^<\"]*");

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfTypesetter() {
    }

    public static byte[] typeset(PdfDocument source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(w3c(html(source)), "/")
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer("living-review")
                .useUnicodeLineBreaker(new GeneNameLineBreaker())
                .useSVGDrawer(new BatikSVGDrawer())
                .toStream(out);
        for (EmbeddedFont font : EmbeddedFont.ALL) {
            builder.useFont(font::open, font.family(), font.weight(), font.style(), true);
        }
        // The document is adjusted in memory and saved once: loading a large PDF again costs more than typesetting.
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument doc = renderer.createPDFKeepOpen();
            makeReproducible(doc, source);
            doc.save(out);
        } catch (com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException e) {
            throw new IOException("templates/pdf.css asks for a font that is not embedded (" + e.getMessage()
                    + "); use 'DejaVu Serif', 'DejaVu Sans' or 'DejaVu Sans Mono'", e);
        }
        return out.toByteArray();
    }

    /**
     * The XHTML as the W3C document openhtmltopdf lays out, without what jsoup's conversion leaves on every
     * node (user data pointing back to its jsoup node): a deep copy, so that neither the jsoup tree nor a map
     * per node stays in memory while the document is typeset (about 60 MB at 5,000 papers).
     */
    private static org.w3c.dom.Document w3c(Document html) {
        return (org.w3c.dom.Document) new W3CDom().fromJsoup(html).cloneNode(true);
    }

    /** The XHTML openhtmltopdf lays out: metadata and bookmarks in the head, the draft in the body. */
    static Document html(PdfDocument source) {
        Document doc = MarkdownHtml.document(source.markdown());
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        doc.selectFirst("html").attr("lang", source.language());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(source.title());
        meta(head, "author", String.join("; ", source.authors()));
        meta(head, "subject", source.subject());
        meta(head, "keywords", String.join("; ", source.keywords()));
        // The generated page rules come last: a later @page rule's margin box replaces an earlier one's.
        head.appendElement("style").appendText(BASE_RULES + "\n" + source.css() + "\n" + END_OF_DOCUMENT_RULES
                + "\n" + pageRules(source));
        MarkdownHtml.inlineSvg(doc, source.svgImages(), "figure");
        bookmarks(doc, MarkdownHtml.anchorHeadings(doc));
        markBibliography(doc);
        markDocumentEnd(doc);
        titleLinks(doc);
        return doc;
    }

    private static void meta(Element head, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.appendElement("meta").attr("name", name).attr("content", content);
        }
    }

    /** The page size, the running header (short title) and "n of N" page numbers. */
    private static String pageRules(PdfDocument source) {
        String size = source.pageSize().equalsIgnoreCase("Letter") ? "letter" : "A4";
        String box = "font-family: 'DejaVu Sans', 'DejaVu Serif'; font-size: 8pt; color: #555555;";
        return "@page { size: " + size + "; @top-center { content: \"" + cssString(source.shortTitle()) + "\"; "
                + box + " } @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); " + box
                + " } }\n@page :first { @top-center { content: none; } }";
    }

    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ");
    }

    /** Marks the blocks after the "References" heading, for the stylesheet's hanging indent. */
    private static void markBibliography(Document doc) {
        Element heading = doc.getElementById("references");
        for (Element next = heading == null ? null : heading.nextElementSibling();
             next != null && !next.tagName().matches("h[12]"); next = next.nextElementSibling()) {
            next.addClass("bibliography");
        }
    }

    /** Marks the body and the chain of last children that ends it, for {@link #END_OF_DOCUMENT_RULES}. */
    private static void markDocumentEnd(Document doc) {
        for (Element end = doc.body(); end != null; end = end.lastElementChild()) {
            end.addClass(DOCUMENT_END);
        }
    }

    /** Every link gets a title (PDF/UA's alternate description): its target entry, or its address. */
    private static void titleLinks(Document doc) {
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href");
            link.attr("title", href.startsWith("#") ? "Reference: " + link.text() : href);
        }
    }

    /** A bookmark that deeper headings nest under. */
    private record OpenBookmark(Element element, int level) {
    }

    /** A bookmark (PDF outline) entry for each heading, nested by level. */
    private static void bookmarks(Document doc, List<MarkdownHtml.Heading> headings) {
        Element bookmarks = doc.head().appendElement("bookmarks");
        Deque<OpenBookmark> open = new ArrayDeque<>();
        for (MarkdownHtml.Heading heading : headings) {
            while (!open.isEmpty() && open.peek().level() >= heading.level()) {
                open.pop();
            }
            Element parent = open.isEmpty() ? bookmarks : open.peek().element();
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            open.push(new OpenBookmark(bookmark, heading.level()));
        }
    }

    /**
     * Sets the dates from the inputs (info dictionary and XMP, which PDF/A requires to agree), a document
     * id derived from the content, and a description on every link annotation (PDF/UA).
     */
    private static void makeReproducible(PDDocument doc, PdfDocument source) throws IOException {
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(source.date().toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(source.date().atOffset(ZoneOffset.UTC));
        String dated = declareExtensionPrefixes(XMP_DATES.matcher(xmp).replaceAll("$1" + iso));
        metadata.importXMPMetadata(withLanguage(dated, source.language()).getBytes(StandardCharsets.UTF_8));
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(link.getAction() instanceof PDActionURI uri ? uri.getURI()
                            : "Go to the entry in the reference list");
                }
            }
        }
        COSString id = new COSString(contentId(source));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * openhtmltopdf 1.1.31 writes the PDF/A extension-schema block without declaring the pdfaSchema and
     * pdfaProperty prefixes, which makes the XMP malformed; the declarations are added where it opens.
     */
    static String declareExtensionPrefixes(String xmp) {
        if (xmp.contains("xmlns:pdfaSchema=")) {
            return xmp;
        }
        return xmp.replaceFirst("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"",
                "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                        + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                        + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
    }

    /** Adds dc:language (the review's locale) to the Dublin Core description openhtmltopdf writes. */
    static String withLanguage(String xmp, String language) {
        if (xmp.contains("<dc:language>")) {
            return xmp;
        }
        String bag = "<dc:language><rdf:Bag><rdf:li>" + language.replace("&", "&amp;").replace("<", "&lt;")
                + "</rdf:li></rdf:Bag></dc:language>";
        return xmp.replaceFirst("(<dc:format>[^<]*</dc:format>)", "$1" + java.util.regex.Matcher.quoteReplacement(bag));
    }

    private static byte[] contentId(PdfDocument source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(source.markdown(), source.css(), source.pageSize(), source.title(),
                    source.shortTitle(), String.join("\n", source.authors()), String.valueOf(source.subject()),
                    String.join("\n", source.keywords()), source.language(), source.date().toString())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
