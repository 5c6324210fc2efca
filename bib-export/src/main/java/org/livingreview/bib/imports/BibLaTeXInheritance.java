package org.livingreview.bib.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BibLaTeX's data inheritance, as its default rules have it: an entry takes the fields of its {@code xdata}
 * entries and of its {@code crossref} parent that it does not set itself; a parent's title becomes the child's
 * {@code booktitle} (or {@code journaltitle} under a periodical), and what names the parent alone is not
 * inherited.
 */
final class BibLaTeXInheritance {

    /** An entry's lower-case type and raw fields (lower-case names), as read from the file. */
    record Fields(String type, Map<String, String> fields) {
    }

    private static final Set<String> NOT_INHERITED = Set.of("ids", "crossref", "xref", "xdata", "entryset",
            "label", "shorthand", "sortkey", "shorttitle", "titleaddon", "title", "subtitle");

    private BibLaTeXInheritance() {
    }

    /** The entry's fields with what it inherits; a missing parent or xdata entry is reported as a warning. */
    static Map<String, String> resolve(Fields entry, Map<String, Fields> byKey, RecordContext context) {
        Map<String, String> fields = new HashMap<>(entry.fields());
        for (String key : list(fields.get("xdata"))) {
            Fields data = byKey.get(key);
            if (data == null) {
                context.warning("its xdata entry '" + key + "' is not in the file; the record was read without it");
            } else {
                data.fields().forEach(fields::putIfAbsent);
            }
        }
        String parentKey = fields.get("crossref");
        if (parentKey != null && !parentKey.isBlank()) {
            Fields parent = byKey.get(parentKey.strip());
            if (parent == null) {
                context.warning("its crossref entry '" + parentKey.strip() + "' is not in the file; the record was"
                        + " read without the fields it would inherit — add the parent entry to the export");
            } else {
                inherit(fields, parent);
            }
        }
        return fields;
    }

    private static void inherit(Map<String, String> child, Fields parent) {
        Map<String, String> fields = new HashMap<>(parent.fields());
        parent.fields().keySet().forEach(k -> {
            if (k.startsWith("xdata")) {
                fields.remove(k);
            }
        });
        boolean periodical = parent.type().equals("periodical");
        rename(fields, "title", periodical ? "journaltitle" : "booktitle");
        rename(fields, "subtitle", periodical ? "journalsubtitle" : "booksubtitle");
        fields.forEach((name, value) -> {
            if (!NOT_INHERITED.contains(name)) {
                child.putIfAbsent(name, value);
            }
        });
    }

    private static void rename(Map<String, String> fields, String from, String to) {
        String value = fields.get(from);
        if (value != null) {
            fields.putIfAbsent(to, value);
        }
    }

    private static List<String> list(String keys) {
        if (keys == null || keys.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(keys.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }
}
