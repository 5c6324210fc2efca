package org.livingreview.manuscript.docx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The codes of Zotero's Word fields and its document preferences, written as Zotero itself writes them
 * (zotero/zotero {@code chrome/content/zotero/xpcom/integration.js}: {@code Citation.toJSON},
 * {@code BibliographyField}, {@code DocumentData.serialize}; the Word for Windows plugin's {@code field.cpp}
 * and {@code document.cpp}: the {@code " ADDIN ZOTERO_"} prefix and {@code ZOTERO_PREF_n} properties of at
 * most 255 characters). Each citation carries its items' CSL-JSON, so Zotero uses it as embedded data when
 * the papers are not in the user's library.
 */
final class ZoteroFields {

    /** The prefix every Zotero field code in Word starts with. */
    static final String PREFIX = " ADDIN ZOTERO_";
    /** The schema Zotero names in every citation it writes. */
    static final String CITATION_SCHEMA = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json";
    /** The bibliography code when nothing is added, omitted or edited by hand. */
    static final String BIBLIOGRAPHY_CODE = PREFIX + "BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY ";
    /** Custom document properties: the document data in pieces of at most this many characters. */
    static final String PREF_PROPERTY = "ZOTERO_PREF_";
    static final int PREF_PIECE = 255;
    /** The Zotero version whose integration code this follows; its data version is 3. */
    private static final String ZOTERO_VERSION = "7.0.0";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ID_CHARACTERS = "23456789ABCDEFGHIJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";

    private final Map<String, ObjectNode> items;
    private final String uriPrefix;

    /** Fields for citations of {@code items} (CSL-JSON by paper id) in the review called {@code title}. */
    ZoteroFields(Map<String, ObjectNode> items, String title) {
        this.items = Map.copyOf(items);
        this.uriPrefix = "urn:x-living-review:" + stableId(title, 12) + ":";
    }

    /**
     * The code of the {@code index}-th citation of {@code ids}: its id is stable (from the papers and the
     * place), its items name the paper by a URI of this review (so they never match an item of the user's
     * library by accident) and carry the paper's CSL-JSON, as references.json has it.
     */
    String citation(int index, List<String> ids, String formatted, String plain) {
        ObjectNode citation = JsonNodeFactory.instance.objectNode();
        citation.put("citationID", stableId(index + ":" + String.join(",", ids), 8));
        ObjectNode properties = citation.putObject("properties");
        properties.put("formattedCitation", formatted);
        properties.put("plainCitation", plain);
        properties.put("noteIndex", 0);
        ArrayNode citationItems = citation.putArray("citationItems");
        for (String id : ids) {
            ObjectNode item = citationItems.addObject();
            item.put("id", id);
            item.putArray("uris").add(uriPrefix + id);
            item.set("itemData", items.get(id));
        }
        citation.put("schema", CITATION_SCHEMA);
        return PREFIX + "ITEM CSL_CITATION " + json(citation) + " ";
    }

    /** Whether every paper cited has its CSL-JSON here. */
    boolean knows(List<String> ids) {
        return items.keySet().containsAll(ids);
    }

    /**
     * The document data Zotero keeps in the custom properties, as {@code DocumentData.serialize} writes
     * it (data version 3): the style, its locale, and Word fields as the field type.
     */
    static String documentData(String styleId, String locale, String session) {
        return "<data data-version=\"3\" zotero-version=\"" + ZOTERO_VERSION + "\"><session id=\"" + xml(session)
                + "\"/><style id=\"" + xml(styleId) + "\" locale=\"" + xml(locale)
                + "\" hasBibliography=\"1\" bibliographyStyleHasBeenSet=\"0\"/><prefs><pref name=\"fieldType\""
                + " value=\"Field\"/></prefs></data>";
    }

    /**
     * The citation as citeproc-js formats it for Word (its rtf output format), which Zotero keeps as
     * formattedCitation and compares with its own on a refresh: italics and bold as RTF groups, super- and
     * subscripts closed by nosupersub, and characters beyond ASCII as RTF Unicode escapes.
     */
    static String rtf(List<Inlines.Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Inlines.Span span : spans) {
            StringBuilder text = new StringBuilder();
            span.text().codePoints().forEach(c -> {
                if (c == '\\' || c == '{' || c == '}') {
                    text.append('\\').append((char) c);
                } else if (c == '\t') {
                    text.append("\\tab{}");
                } else if (c < 0x7f) {
                    text.append((char) c);
                } else {
                    for (char unit : Character.toChars(c)) {
                        text.append("\\uc0\\u").append((int) unit).append("{}");
                    }
                }
            });
            String formatted = text.toString();
            Inlines.Format format = span.format();
            if (format.italic()) {
                formatted = "{\\i{}" + formatted + "}";
            }
            if (format.bold()) {
                formatted = "{\\b{}" + formatted + "}";
            }
            if (format.superscript()) {
                formatted = "\\super " + formatted + "\\nosupersub{}";
            } else if (format.subscript()) {
                formatted = "\\sub " + formatted + "\\nosupersub{}";
            }
            out.append(formatted);
        }
        return out.toString();
    }

    /** The document data cut into the pieces stored as ZOTERO_PREF_1, ZOTERO_PREF_2, … */
    static List<String> pieces(String data) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < data.length(); start += PREF_PIECE) {
            pieces.add(data.substring(start, Math.min(data.length(), start + PREF_PIECE)));
        }
        return pieces;
    }

    /** A stable id of {@code length} characters from {@code seed}, in the alphabet of Zotero's keys. */
    static String stableId(String seed, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < length; i++) {
                id.append(ID_CHARACTERS.charAt((digest[i] & 0xff) % ID_CHARACTERS.length()));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String json(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a Jackson tree always serialises", e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
