package org.livingreview.bib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.livingreview.model.Name;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;

/**
 * The one mapping from the model to CSL-JSON, the hub every other format passes through.
 * An incomplete author list ends in the name {@code {"literal": "others"}}, BibTeX's {@code and others};
 * the exported file adapts the item to Zotero ({@link CslJsonExport}).
 */
public final class CslJson {

    /** The literal name that marks an author list as incomplete, as pandoc and BibTeX write it. */
    public static final String OTHERS = "others";
    /** The note line that carries a paper's publication type ("Publication type: Review"). */
    public static final String PUBLICATION_TYPE = "Publication type: ";
    /**
     * The note line (Zotero's "Extra") that marks an author list as incomplete in the exported files,
     * where a name "others" would become a creator in Zotero.
     */
    public static final String INCOMPLETE_AUTHORS = "Author list: incomplete (et al.)";
    /** The note line (Zotero's "Extra") of a short container title where Zotero has no field for it. */
    public static final String JOURNAL_ABBREVIATION = "Journal Abbreviation: ";
    /** The start of a note line naming the CSL type, as Zotero ("Extra") and citeproc-js read it. */
    public static final String TYPE_LINE = "type: ";

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CslJson() {
    }

    /** The CSL-JSON item for a paper's reference, with {@code id} as its id. */
    public static ObjectNode item(String id, Reference r) {
        ObjectNode item = NODES.objectNode();
        item.put("id", id);
        item.put("type", r.type());
        put(item, "title", r.title());
        put(item, "title-short", r.titleShort());
        names(item, "author", r.authors(), r.authorsIncomplete());
        names(item, "editor", r.editors(), false);
        if (r.issued() != null) {
            item.set("issued", date(r.issued()));
        }
        put(item, "container-title", r.containerTitle());
        put(item, "container-title-short", r.containerTitleShort());
        put(item, "collection-title", r.collectionTitle());
        put(item, "volume", r.volume());
        put(item, "issue", r.issue());
        // An article number stands where readers and styles look for pages, and in 'number' to be recognised.
        put(item, "page", r.page() != null ? r.page() : r.articleNumber());
        put(item, "number", r.articleNumber());
        put(item, "edition", r.edition());
        put(item, "publisher", r.publisher());
        put(item, "publisher-place", r.publisherPlace());
        put(item, "ISBN", r.isbn());
        put(item, "DOI", r.doi());
        put(item, "PMID", r.pmid());
        put(item, "PMCID", r.pmcid());
        put(item, "URL", r.url());
        put(item, "language", r.language());
        // Not 'genre': APA prints a genre as "[Review]". Zotero keeps note lines like this one in "Extra".
        put(item, "note", r.publicationType() == null ? null : PUBLICATION_TYPE + r.publicationType());
        if (!r.keywords().isEmpty()) {
            item.put("keyword", String.join(", ", r.keywords()));
        }
        return item;
    }

    /** A name as CSL-JSON writes it: split into parts, or literal. */
    public static ObjectNode name(Name n) {
        ObjectNode node = NODES.objectNode();
        if (n.isLiteral()) {
            node.put("literal", n.literal());
            return node;
        }
        put(node, "family", n.family());
        put(node, "given", n.given());
        put(node, "non-dropping-particle", n.particle());
        put(node, "dropping-particle", n.droppingParticle());
        put(node, "suffix", n.suffix());
        return node;
    }

    /** Pretty-printed JSON text, ending in a newline, the same bytes for the same items. */
    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree built in memory could not be written", e);
        }
    }

    static ObjectNode date(PartialDate date) {
        ArrayNode parts = NODES.arrayNode().add(date.year());
        if (date.month() != null) {
            parts.add(date.month());
        }
        if (date.day() != null) {
            parts.add(date.day());
        }
        ObjectNode node = NODES.objectNode();
        node.set("date-parts", NODES.arrayNode().add(parts));
        return node;
    }

    private static void names(ObjectNode item, String field, List<Name> names, boolean incomplete) {
        if (names.isEmpty() && !incomplete) {
            return;
        }
        ArrayNode array = item.putArray(field);
        names.forEach(n -> array.add(name(n)));
        if (incomplete) {
            array.add(name(Name.organisation(OTHERS)));
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
