package org.livingreview.bib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.livingreview.model.ItemTypes;

/**
 * The documented exceptions of {@link ZoteroImportIT} (src/test/resources/zotero-exceptions.txt): lines
 * {@code FORMAT FIELD TYPES | CAUSE}, where TYPES are CSL types or {@code *} for all of the model's, and
 * {@code round-trip PROJECT FORMAT PAPER | CAUSE} for a paper whose trip through Zotero is not recognised.
 */
record ZoteroExceptions(List<Rule> rules, Map<String, String> roundTrips) {

    /** The fields {@code zotero-import --compare} checks for every paper, in the order of the table. */
    private static final List<String> COMPARED = List.of("itemType", "title", "shortTitle", "creator[1]",
            "creator[2]", "creator[3]", "creator[4]", "creator[5]", "creator[6]", "creator[+]", "date(parsed)",
            "publicationTitle", "journalAbbreviation", "series", "volume", "issue", "pages", "edition", "publisher",
            "place", "ISBN", "DOI", "PMID", "PMCID", "url", "language", "tags", "thesisType");
    private static final String ROUND_TRIP = "round-trip ";
    private static final String[] FORMATS = {"ris", "csl-json", "bibtex"};

    /** One line: where Zotero stores a field differently, for which types, and why. */
    record Rule(String format, String field, Set<String> types, boolean allTypes, String cause) {

        String line() {
            return format + " " + field + " " + (allTypes ? "*" : String.join(",", types)) + " | " + cause;
        }
    }

    static ZoteroExceptions load() throws IOException {
        String text;
        try (InputStream in = ZoteroExceptions.class.getResourceAsStream("/zotero-exceptions.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, String> roundTrips = new LinkedHashMap<>();
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            int bar = line.indexOf(" | ");
            if (bar < 0) {
                throw new IllegalArgumentException("zotero-exceptions.txt: no ' | CAUSE' in: " + line);
            }
            String cause = line.substring(bar + 3);
            if (line.startsWith(ROUND_TRIP)) {
                roundTrips.put(line.substring(ROUND_TRIP.length(), bar), cause);
                continue;
            }
            // FIELD may hold a space ("(desktop save)"): FORMAT is the first word, TYPES the last.
            String key = line.substring(0, bar);
            String types = key.substring(key.lastIndexOf(' ') + 1);
            boolean all = types.equals("*");
            rules.add(new Rule(key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1,
                    key.lastIndexOf(' ')), new TreeSet<>(all ? ItemTypes.ALL : List.of(types.split(","))), all, cause));
        }
        return new ZoteroExceptions(rules, roundTrips);
    }

    /** Whether a line covers the difference "FORMAT FIELD TYPE". */
    boolean covers(String format, String field, String type) {
        return rules.stream().anyMatch(r -> r.format.equals(format) && r.field.equals(field) && r.types.contains(type));
    }

    /** "line: type" for each type of a line whose difference no longer occurs ({@code found}: FORMAT FIELD TYPE). */
    List<String> noLongerFound(Set<String> found) {
        List<String> fixed = new ArrayList<>();
        for (Rule rule : rules) {
            rule.types.stream().filter(t -> !found.contains(rule.format + " " + rule.field + " " + t))
                    .forEach(t -> fixed.add(rule.line() + ": " + t));
        }
        return fixed;
    }

    /**
     * The field × format table of docs/reference-exchange.md, from these lines: "exact" where no line names
     * the field, else each line's types and cause.
     */
    String table() {
        Set<String> fields = new LinkedHashSet<>(COMPARED);
        rules.stream().map(Rule::field).sorted().forEach(fields::add);
        StringBuilder out = new StringBuilder("| field | `references.ris` | `references.json` | `references.bib` |\n"
                + "| --- | --- | --- | --- |\n");
        for (String field : fields) {
            out.append("| `").append(field).append('`');
            for (String format : FORMATS) {
                List<String> cells = rules.stream().filter(r -> r.format.equals(format) && r.field.equals(field))
                        .map(r -> (r.allTypes ? "all types" : String.join(", ", r.types)) + ": " + r.cause).toList();
                out.append(" | ").append(cells.isEmpty() ? "exact" : String.join("; ", cells).replace("|", "\\|"));
            }
            out.append(" |\n");
        }
        return out.toString();
    }
}
