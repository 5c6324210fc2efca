package org.livingreview.bib.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.livingreview.model.Identifiers;
import org.livingreview.model.Name;
import org.livingreview.model.Reference;

/** Readable paper ids, {@code <firstauthor><year>}, disambiguated with {@code a}, {@code b}, … */
final class PaperIds {

    private static final int MAX_BASE = 40;

    private PaperIds() {
    }

    /**
     * A new id for {@code reference} that is not in {@code taken}; {@code lastSuffix} remembers, per base, the
     * suffix given last, so the thousandth "wang2020" of a large export does not try the 999 before it again.
     */
    static String next(Reference reference, Set<String> taken, Map<String, String> lastSuffix) {
        String base = base(reference);
        if (!taken.contains(base)) {
            return base;
        }
        String suffix = lastSuffix.containsKey(base) ? increment(lastSuffix.get(base)) : "a";
        while (taken.contains(base + suffix)) {
            suffix = increment(suffix);
        }
        lastSuffix.put(base, suffix);
        return base + suffix;
    }

    static String base(Reference r) {
        String who = r.authors().isEmpty()
                ? (r.editors().isEmpty() ? firstWord(r.title()) : sortName(r.editors().get(0)))
                : sortName(r.authors().get(0));
        String ascii = ascii(who);
        if (ascii.isEmpty()) {
            ascii = ascii(firstWord(r.title()));
        }
        if (ascii.isEmpty()) {
            ascii = "ref";
        }
        if (ascii.length() > MAX_BASE) {
            ascii = ascii.substring(0, MAX_BASE);
        }
        String id = ascii + (r.issued() == null ? "nd" : Integer.toString(r.issued().year()));
        return Identifiers.isValidId(id) ? id : "ref" + id;
    }

    private static String sortName(Name n) {
        return n.isLiteral() ? firstWord(n.literal()) : n.familyWithParticle();
    }

    private static String firstWord(String text) {
        if (text == null) {
            return "";
        }
        for (String word : text.split("[\\s\\p{Punct}]+")) {
            if (word.length() > 2) {
                return word;
            }
        }
        return text;
    }

    /** Latin letters without their accents, and digits: "Müller-Schmied" → "mullerschmied". */
    static String ascii(String text) {
        String folded = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o")
                .replace("Ø", "o").replace("ł", "l").replace("Ł", "l").replace("đ", "d").replace("Đ", "d")
                .replace("œ", "oe").replace("Œ", "oe");
        return Normalizer.normalize(folded, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }

    private static String increment(String suffix) {
        char last = suffix.charAt(suffix.length() - 1);
        if (last < 'z') {
            return suffix.substring(0, suffix.length() - 1) + (char) (last + 1);
        }
        return suffix + "a";
    }
}
