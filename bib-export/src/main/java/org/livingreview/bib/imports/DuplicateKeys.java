package org.livingreview.bib.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.livingreview.model.Identifiers;
import org.livingreview.model.Name;
import org.livingreview.model.Reference;

/**
 * Recognises the same work met twice, as systematic reviewers meet it across PubMed, Scopus, Embase and Web of
 * Science (the rules of ASySD and BibDedupe as anchors): a shared DOI, PMID or PMCID; else the same normalised
 * title (case, punctuation, accents, Greek letters and HTML or LaTeX markup ignored) with the same first
 * author's family name, a year at most one apart (online and print years differ), and the same volume and
 * first page where both records give them.
 */
final class DuplicateKeys {

    private static final Pattern MARKUP = Pattern.compile("<[^>]{1,40}>|\\\\[A-Za-z]+|[{}$]");
    private static final String GREEK = "αβγδεζηθικλμνξοπρςστυφχψω";
    private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau",
        "upsilon", "phi", "chi", "psi", "omega"};

    /** Who already holds a reference: the owner, and the evidence ("the same DOI (10.1/x)"). */
    record Match(String owner, String evidence) {
    }

    /** What the title rule compares, beside the title. */
    private record Held(String owner, String author, Integer year, String volume, String firstPage) {
    }

    private final Map<String, String> identifiers = new HashMap<>();
    private final Map<String, List<Held>> titles = new HashMap<>();

    /** Who already holds the reference, and by what evidence. */
    Optional<Match> match(Reference r) {
        for (String key : identifierKeys(r)) {
            String owner = identifiers.get(key);
            if (owner != null) {
                return Optional.of(new Match(owner, describe(key)));
            }
        }
        String title = normalizedTitle(r.title());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Held candidate = held(r, null);
        for (Held other : titles.getOrDefault(title, List.of())) {
            Optional<String> evidence = sameWork(candidate, other);
            if (evidence.isPresent()) {
                return Optional.of(new Match(other.owner(), evidence.get()));
            }
        }
        return Optional.empty();
    }

    void add(Reference r, String owner) {
        identifierKeys(r).forEach(k -> identifiers.putIfAbsent(k, owner));
        String title = normalizedTitle(r.title());
        if (!title.isEmpty()) {
            titles.computeIfAbsent(title, t -> new ArrayList<>()).add(held(r, owner));
        }
    }

    /** The evidence that two records with one title are one work, or empty when a detail tells them apart. */
    private static Optional<String> sameWork(Held a, Held b) {
        List<String> same = new ArrayList<>(List.of("title"));
        if (!compare("first author", a.author(), b.author(), same)
                || !compare("volume", a.volume(), b.volume(), same)
                || !compare("first page", a.firstPage(), b.firstPage(), same)) {
            return Optional.empty();
        }
        if (a.year() != null && b.year() != null) {
            if (Math.abs(a.year() - b.year()) > 1) {
                return Optional.empty();
            }
            same.add(a.year().equals(b.year()) ? "year" : "year within one (" + b.year() + ", " + a.year() + ")");
        }
        return Optional.of("the same " + String.join(", ", same));
    }

    private static boolean compare(String what, String a, String b, List<String> same) {
        if (a == null || b == null) {
            return true;
        }
        if (!a.equals(b)) {
            return false;
        }
        same.add(what);
        return true;
    }

    private static Held held(Reference r, String owner) {
        Name first = r.authors().isEmpty() ? null : r.authors().get(0);
        String author = first == null ? null : PaperIds.ascii(first.isLiteral() ? first.literal() : first.family());
        String page = r.page() == null ? r.articleNumber() : r.page().split("[-–]", 2)[0].strip();
        return new Held(owner, author == null || author.isEmpty() ? null : author,
                r.issued() == null ? null : r.issued().year(), blankToNull(r.volume()),
                blankToNull(page == null ? null : page.toLowerCase(Locale.ROOT)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> identifierKeys(Reference r) {
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
        return keys;
    }

    /** Letters and digits of any script, lower-cased, without accents or markup, Greek letters spelled out. */
    static String normalizedTitle(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder spelled = new StringBuilder();
        MARKUP.matcher(title).replaceAll(" ").toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int greek = c < 0x10000 ? GREEK.indexOf(c) : -1;
            spelled.append(greek >= 0 ? GREEK_NAMES[greek] : Character.toString(c));
        });
        return Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String describe(String key) {
        String kind = key.substring(0, key.indexOf(':'));
        return "the same " + Objects.requireNonNull(Map.of("doi", "DOI", "pmid", "PMID", "pmcid", "PMCID").get(kind))
                + " (" + key.substring(kind.length() + 1) + ")";
    }
}
