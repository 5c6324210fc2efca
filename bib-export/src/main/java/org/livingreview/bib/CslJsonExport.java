package org.livingreview.bib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;

/**
 * Writes the papers as a CSL-JSON list, one item per paper in the order given, in the form Zotero's
 * "CSL JSON" importer reads exactly (docs/reference-exchange.md): names as citeproc-js and Zotero write
 * them, an incomplete author list as a note line, software as a book with a {@code type: software} line,
 * the journal abbreviation also as {@code journalAbbreviation}, and the publication type as {@code genre}
 * for the types Zotero keeps one for.
 */
final class CslJsonExport {

    /** The CSL types whose Zotero item type has a field for the kind of work (thesis type, report type, …). */
    static final Set<String> GENRE_TYPES = Set.of("thesis", "report", "manuscript", "map", "webpage", "post",
            "post-weblog", "interview", "speech", "personal_communication", "graphic", "motion_picture",
            "broadcast");
    /** A CSL 1.0.2 type that Zotero's importer does not accept, and the older type it is written as. */
    private static final String SOFTWARE = "software";
    /** The CSL type of Zotero's only item type with a journal abbreviation, a PMID and a PMCID. */
    private static final String JOURNAL_ARTICLE = "article-journal";

    private CslJsonExport() {
    }

    static String write(List<Paper> papers) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        papers.forEach(p -> items.add(item(p.id(), p.reference())));
        return CslJson.write(items);
    }

    /** The hub item ({@link CslJson#item}) adapted to what Zotero reads. */
    static ObjectNode item(String id, Reference r) {
        ObjectNode item = CslJson.item(id, r);
        List<String> note = new ArrayList<>();
        if (r.authorsIncomplete()) {
            ArrayNode authors = (ArrayNode) item.get("author");
            authors.remove(authors.size() - 1);
            if (authors.isEmpty()) {
                item.remove("author");
            }
            note.add(CslJson.INCOMPLETE_AUTHORS);
        }
        for (String field : List.of("author", "editor")) {
            if (item.get(field) instanceof ArrayNode names) {
                names.forEach(n -> zoteroName((ObjectNode) n));
            }
        }
        if (r.type().equals(SOFTWARE)) {
            // Zotero's CSL JSON importer refuses a whole file with a type it does not list; 'software' is
            // recent (CSL 1.0.2). A "type:" note line is read back by Zotero (Extra) and by citeproc-js.
            item.put("type", "book");
            note.add(CslJson.TYPE_LINE + SOFTWARE);
        }
        if (r.containerTitleShort() != null) {
            item.put("journalAbbreviation", r.containerTitleShort());
        }
        item.remove("note");
        if (!r.type().equals(JOURNAL_ARTICLE)) {
            // Zotero has these fields for journal articles only, and its CSL JSON importer drops them
            // elsewhere; as "Extra" lines they stay with the item (RIS writes the same lines).
            extra(note, CslJson.JOURNAL_ABBREVIATION, r.containerTitleShort());
            extra(note, "PMID: ", r.pmid());
            extra(note, "PMCID: ", r.pmcid());
        }
        if (r.publicationType() != null) {
            if (GENRE_TYPES.contains(r.type())) {
                item.put("genre", r.publicationType());
            } else {
                note.add(CslJson.PUBLICATION_TYPE + r.publicationType());
            }
        }
        if (!note.isEmpty()) {
            item.put("note", String.join("\n", note));
        }
        return item;
    }

    /**
     * A name as Zotero and citeproc-js store it: particles in the name they belong to ("van Outersterp";
     * given "Ludwig van") and the suffix after a comma in the given name ("Martin Luther, Jr."). Zotero
     * drops the separate particle and suffix parts; citeproc-js and pandoc split them out again.
     */
    private static void zoteroName(ObjectNode name) {
        String particle = take(name, "non-dropping-particle");
        if (particle != null) {
            name.put("family", particle + " " + name.path("family").asText());
        }
        String given = name.has("given") ? name.get("given").asText() : null;
        String dropping = take(name, "dropping-particle");
        if (dropping != null) {
            given = given == null ? dropping : given + " " + dropping;
        }
        String suffix = take(name, "suffix");
        if (suffix != null) {
            given = (given == null ? "" : given) + ", " + suffix;
        }
        if (given != null) {
            name.put("given", given);
        }
    }

    private static void extra(List<String> note, String label, String value) {
        if (value != null) {
            note.add(label + value);
        }
    }

    private static String take(ObjectNode node, String field) {
        JsonNode value = node.remove(field);
        return value == null ? null : value.asText();
    }
}
