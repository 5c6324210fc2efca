package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.livingreview.model.SourceLocation;

/**
 * Reads PubMed XML, as E-utilities' efetch and PubMed's "Send to: File (XML)" write it: a
 * {@code PubmedArticleSet} of {@code PubmedArticle} and {@code PubmedBookArticle} records. The XML is read
 * with the JDK's StAX parser with DTDs off: the DOCTYPE PubMed writes is never fetched, and a file declaring
 * its own entities (XXE, entity expansion bombs) is refused whole before any of it is read.
 */
final class PubmedXmlReader implements RecordReader {

    private static final XMLInputFactory FACTORY = factory();
    /** A DOCTYPE with an internal subset (entity declarations), after the XML declaration and comments. */
    private static final Pattern INTERNAL_SUBSET = Pattern.compile(
            "(?:\\s|<\\?.*?\\?>|<!--.*?-->)*(?=<!DOCTYPE(?:[^\\[>\"']|\"[^\"]*\"|'[^']*')*\\[)", Pattern.DOTALL);
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final Pattern BRACKETED = Pattern.compile("\\[(.*)\\]\\.?");

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    @Override
    public void read(String text, FileRecords records) {
        Matcher subset = INTERNAL_SUBSET.matcher(text);
        if (subset.lookingAt()) {
            int line = 1 + (int) text.substring(0, subset.end()).chars().filter(c -> c == '\n').count();
            records.refuseFile(new SourceLocation(records.file(), line, 1), "the file declares its own DTD or"
                    + " entities (<!DOCTYPE … [ … ]>), which PubMed never writes; it was not read, since such"
                    + " declarations can read local files or expand without bound — export the records from PubMed"
                    + " again");
            return;
        }
        int number = 0;
        boolean inRecord = false;
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new StringReader(text));
            boolean rootSeen = false;
            StartTags starts = new StartTags(text);
            while (xml.hasNext()) {
                int event = next(xml);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                SourceLocation at = starts.at(records, xml.getLocation());
                if (!rootSeen) {
                    rootSeen = true;
                    if (!name.equals("PubmedArticleSet")) {
                        records.refuseFile(at, "this XML is a <" + name + "> document,"
                                + " not PubMed's <PubmedArticleSet> — export the records from PubMed as XML");
                        return;
                    }
                    continue;
                }
                if (!name.equals("PubmedArticle") && !name.equals("PubmedBookArticle")) {
                    records.problems().warning(at, "<" + name + "> is not a PubMed record and was skipped");
                    skip(xml);
                    continue;
                }
                number++;
                inRecord = true;
                XmlElement element = element(xml, 2);
                inRecord = false;
                read(element, at, number, records);
            }
        } catch (TooDeep e) {
            records.refuse(at(records, e.location), "record #" + number, "the XML nests elements deeper than "
                    + ImportLimits.MAX_NESTING + " levels, which no PubMed record does; this record and any after it"
                    + " were not read — export the records from PubMed again");
        } catch (XMLStreamException e) {
            if (number == 0 && !inRecord) {
                records.refuseFile(at(records, e.getLocation()), "this is not well-formed XML ("
                        + message(e) + ") — export the records from PubMed again");
            } else {
                records.refuse(at(records, e.getLocation()), "record #" + (inRecord ? number : number + 1),
                        "malformed XML: " + message(e) + "; this record and any after it could not be read — the"
                                + " file may be truncated or edited by hand; export it again");
            }
        }
    }

    private static void read(XmlElement element, SourceLocation at, int number, FileRecords records) {
        boolean book = element.name().equals("PubmedBookArticle");
        XmlElement citation = element.at(book ? "BookDocument" : "MedlineCitation").orElse(null);
        if (citation == null) {
            records.refuse(at, "record #" + number, "the record has no <" + (book ? "BookDocument" : "MedlineCitation")
                    + "> — export the records from PubMed again");
            return;
        }
        String pmid = citation.text("PMID");
        RecordContext context = records.record(at, FileRecords.label(pmid == null ? null : "PMID " + pmid, number));
        ObjectNode item = book ? book(citation) : article(citation);
        put(item, "PMID", pmid);
        XmlElement ids = element.at(book ? "PubmedBookData" : "PubmedData", "ArticleIdList")
                .or(() -> citation.at("ArticleIdList")).orElse(null);
        if (ids != null) {
            if (!item.has("DOI")) {
                put(item, "DOI", ids.textWhere("ArticleId", "IdType", "doi"));
            }
            put(item, "PMCID", ids.textWhere("ArticleId", "IdType", "pmc"));
        }
        CslItemReader.read(item, context);
    }

    private static ObjectNode article(XmlElement citation) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        XmlElement article = citation.at("Article").orElse(citation);
        List<String> types = article.at("PublicationTypeList").map(l -> l.children("PublicationType").stream()
                .map(XmlElement::text).toList()).orElse(List.of());
        item.put("type", types.contains("Preprint") ? "article" : "article-journal");
        put(item, "title", title(article.text("ArticleTitle")));
        authors(item, article, "authors");
        put(item, "container-title", article.text("Journal", "Title"));
        String abbreviation = article.text("Journal", "ISOAbbreviation");
        put(item, "container-title-short", abbreviation != null ? abbreviation
                : citation.text("MedlineJournalInfo", "MedlineTA"));
        XmlElement issue = article.at("Journal", "JournalIssue").orElse(null);
        if (issue != null) {
            put(item, "volume", issue.text("Volume"));
            put(item, "issue", issue.text("Issue"));
        }
        String date = date(issue == null ? null : issue.at("PubDate").orElse(null));
        put(item, "issued", date != null ? date : date(article.at("ArticleDate").orElse(null)));
        put(item, "page", pages(article.at("Pagination").orElse(null)));
        put(item, "DOI", article.textWhere("ELocationID", "EIdType", "doi"));
        common(item, article, citation, types);
        return item;
    }

    private static ObjectNode book(XmlElement document) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        XmlElement book = document.at("Book").orElse(document);
        String chapter = title(document.text("ArticleTitle"));
        String bookTitle = title(book.text("BookTitle"));
        item.put("type", chapter != null ? "chapter" : "book");
        put(item, "title", chapter != null ? chapter : bookTitle);
        if (chapter != null) {
            put(item, "container-title", bookTitle);
        }
        authors(item, document, "authors");
        authors(item, book, "editors");
        put(item, "publisher", book.text("Publisher", "PublisherName"));
        put(item, "publisher-place", book.text("Publisher", "PublisherLocation"));
        put(item, "issued", date(book.at("PubDate").orElse(null)));
        put(item, "volume", book.text("Volume"));
        put(item, "edition", book.text("Edition"));
        put(item, "collection-title", book.text("CollectionTitle"));
        put(item, "ISBN", book.text("Isbn"));
        put(item, "page", pages(document.at("Pagination").orElse(null)));
        put(item, "DOI", document.textWhere("ELocationID", "EIdType", "doi"));
        common(item, document, document, document.children("PublicationType").stream().map(XmlElement::text)
                .toList());
        return item;
    }

    /** Language, publication type and author keywords (MeSH headings are not imported, as from MEDLINE). */
    private static void common(ObjectNode item, XmlElement record, XmlElement citation, List<String> types) {
        put(item, "language", MedlineReader.language(record.text("Language")));
        put(item, "genre", MedlineReader.publicationType(types));
        List<String> keywords = new ArrayList<>();
        for (XmlElement list : citation.children("KeywordList")) {
            list.children("Keyword").stream().map(XmlElement::text).filter(k -> k != null).forEach(keywords::add);
        }
        if (!keywords.isEmpty()) {
            item.put("keyword", String.join("; ", keywords));
        }
    }

    /** The names of the {@code AuthorList} of {@code Type} ("authors" when it has none), "others" when incomplete. */
    private static void authors(ObjectNode item, XmlElement parent, String type) {
        for (XmlElement list : parent.children("AuthorList")) {
            if (!list.attributes().getOrDefault("Type", "authors").equals(type)) {
                continue;
            }
            ArrayNode names = JsonNodeFactory.instance.arrayNode();
            for (XmlElement author : list.children("Author")) {
                if ("N".equals(author.attributes().get("ValidYN"))) {
                    continue; // PubMed keeps a name it corrected, marked invalid
                }
                String collective = author.text("CollectiveName");
                String family = author.text("LastName");
                if (collective != null) {
                    names.addObject().put("literal", collective);
                } else if (family != null) {
                    String given = author.text("ForeName");
                    String initials = author.text("Initials");
                    if (given == null && initials != null) {
                        given = String.join(" ", initials.chars().mapToObj(c -> (char) c + ".").toList());
                    }
                    String suffix = author.text("Suffix");
                    names.addAll(Names.fromLastFirst(List.of(family.replace(",", "") + ", "
                            + (given == null ? "" : given.replace(",", "")) + (suffix == null ? "" : ", " + suffix))));
                }
            }
            if ("N".equals(list.attributes().get("CompleteYN"))) {
                names.addObject().put("literal", org.livingreview.bib.CslJson.OTHERS);
            }
            if (!names.isEmpty()) {
                item.set(type.equals("editors") ? "editor" : "author", names);
            }
        }
    }

    /** PubMed's title without its closing period; a translated title's brackets ("[Title in English].") removed. */
    private static String title(String title) {
        if (title == null) {
            return null;
        }
        var bracketed = BRACKETED.matcher(title);
        String bare = bracketed.matches() ? bracketed.group(1).strip() : title;
        return bare.endsWith(".") && !bare.endsWith("..") ? bare.substring(0, bare.length() - 1) : bare;
    }

    /** MedlinePgn as written, else StartPage–EndPage. */
    private static String pages(XmlElement pagination) {
        if (pagination == null) {
            return null;
        }
        String medline = pagination.text("MedlinePgn");
        String start = pagination.text("StartPage");
        String end = pagination.text("EndPage");
        return medline != null ? MedlineReader.pages(medline) : start == null ? null : end == null ? start : start + "-" + end;
    }

    /** A PubDate or ArticleDate (Year, Month as "Mar" or "03", Day; or MedlineDate "2016 Mar-Apr") as ISO. */
    private static String date(XmlElement date) {
        if (date == null) {
            return null;
        }
        String medline = date.text("MedlineDate");
        if (medline != null) {
            return MedlineReader.isoDate(medline);
        }
        String year = date.text("Year");
        if (year == null) {
            return null;
        }
        String month = date.text("Month");
        if (month != null && month.matches("\\d{1,2}") && Integer.parseInt(month) >= 1
                && Integer.parseInt(month) <= 12) {
            month = MONTHS.get(Integer.parseInt(month) - 1);
        }
        String day = date.text("Day");
        return MedlineReader.isoDate(year + (month == null ? "" : " " + month + (day == null ? "" : " " + day)));
    }

    /** The element the reader stands on, read whole; deeper than the nesting limit is refused. */
    private static XmlElement element(XMLStreamReader xml, int depth) throws XMLStreamException, TooDeep {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        XmlElement element = new XmlElement(xml.getLocalName(), attributes, new ArrayList<>());
        while (true) {
            int event = next(xml);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth >= ImportLimits.MAX_NESTING) {
                        throw new TooDeep(xml.getLocation());
                    }
                    element.content().add(element(xml, depth + 1));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        element.content().add(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return element;
                }
                default -> {
                }
            }
        }
    }

    /** The next event; the JDK's parser throws some of its errors unchecked (a bad character in a DOCTYPE). */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException("the XML parser stopped here (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", xml.getLocation());
        }
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException, TooDeep {
        element(xml, 2);
    }

    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int detail = message.indexOf("Message: ");
        return (detail >= 0 ? message.substring(detail + "Message: ".length()) : message).strip();
    }

    /** Where a start tag begins, from where StAX reports it (its end), through a cursor moving forward by lines. */
    private static final class StartTags {
        private final String text;
        private int line = 1;
        private int lineStart;

        StartTags(String text) {
            this.text = text;
        }

        SourceLocation at(FileRecords records, Location end) {
            while (line < end.getLineNumber() && lineStart >= 0) {
                int next = text.indexOf('\n', lineStart);
                lineStart = next < 0 ? -1 : next + 1;
                line++;
            }
            int tagEnd = lineStart + end.getColumnNumber() - 1;
            int open = lineStart < 0 || tagEnd <= lineStart ? -1 : text.lastIndexOf('<', tagEnd - 1);
            return open < lineStart ? PubmedXmlReader.at(records, end)
                    : new SourceLocation(records.file(), line, open - lineStart + 1);
        }
    }

    private static SourceLocation at(FileRecords records, Location location) {
        if (location == null || location.getLineNumber() < 1) {
            return SourceLocation.startOf(records.file());
        }
        return new SourceLocation(records.file(), location.getLineNumber(), Math.max(1, location.getColumnNumber()));
    }

    private static void put(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }

    /** Elements nested deeper than {@link ImportLimits#MAX_NESTING}. */
    private static final class TooDeep extends Exception {
        private final transient Location location;

        TooDeep(Location location) {
            super(null, null, false, false);
            this.location = location;
        }
    }
}
