package org.livingreview.bib.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.livingreview.model.Identifiers;
import org.livingreview.model.Reference;

/** Recognises the same work twice: by DOI, by PMID, by PMCID, or by normalised title and year. */
final class DuplicateKeys {

    private final Map<String, String> owners = new HashMap<>();

    /** Who already holds a reference: the owner, and the evidence ("the same DOI (10.1/x)"). */
    record Match(String owner, String evidence) {
    }

    /** Who already holds one of the reference's keys, with the matching key named. */
    Optional<Match> match(Reference r) {
        for (String key : keys(r)) {
            String owner = owners.get(key);
            if (owner != null) {
                return Optional.of(new Match(owner, describe(key)));
            }
        }
        return Optional.empty();
    }

    void add(Reference r, String owner) {
        keys(r).forEach(k -> owners.putIfAbsent(k, owner));
    }

    private static List<String> keys(Reference r) {
        List<String> keys = new ArrayList<>();
        if (r.doi() != null) {
            keys.add("doi:" + Identifiers.normalizeDoi(r.doi()));
        }
        if (r.pmid() != null) {
            keys.add("pmid:" + r.pmid());
        }
        if (r.pmcid() != null) {
            keys.add("pmcid:" + r.pmcid());
        }
        if (r.title() != null) {
            String title = normalizedTitle(r.title());
            if (!title.isEmpty()) {
                keys.add("title:" + title + "|" + (r.issued() == null ? "" : r.issued().year()));
            }
        }
        return keys;
    }

    /** Letters and digits of any script, lower-cased and without accents. */
    private static String normalizedTitle(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String describe(String key) {
        if (key.startsWith("doi:")) {
            return "the same DOI (" + key.substring(4) + ")";
        }
        if (key.startsWith("pmid:")) {
            return "the same PMID (" + key.substring(5) + ")";
        }
        if (key.startsWith("pmcid:")) {
            return "the same PMCID (" + key.substring(6) + ")";
        }
        return "the same title and year";
    }
}
