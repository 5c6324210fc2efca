/*
 * Part of the living-review project's patch 0165 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PATCH 0165: the {@code citation-label} an item without one gets, made as
 * citeproc-js's {@code getCitationLabel} makes it from the first name
 * variable's family names and the issued year with the trigraph
 * "Aaaa00:AaAa00:AaAA00:AAAA00": one author gives four letters of the family
 * name, two give two letters each, three give two, one and one, four and
 * more give one letter of each of the first four; then the last two digits
 * of the year ("00" without one). An item without names takes four letters
 * of its title without skip-words.
 * @author living-review
 */
final class CitationLabel {
    /** citeproc-js's default trigraph: letters per name ("A" starts one, "a" adds one) and digits of the year */
    private static final String TRIGRAPH = "Aaaa00:AaAa00:AaAA00:AAAA00";
    private static final List<Trigraph> PARAMS = parse(TRIGRAPH);

    /** citeproc-js's CSL.NAME_VARIABLES, in its order */
    private static final List<String> NAME_VARIABLES = List.of("author", "chair", "collection-editor",
            "compiler", "composer", "container-author", "contributor", "curator", "director", "editor",
            "editor-translator", "editorial-director", "executive-producer", "guest", "host", "illustrator",
            "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
            "reviewed-author", "script-writer", "series-creator", "translator", "commenter");

    /** citeproc-js's CSL.SKIP_WORDS, the locale's default skip-words */
    private static final Set<String> SKIP_WORDS = new HashSet<>(Arrays.asList("about", "above", "across",
            "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among", "amongst",
            "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
            "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by",
            "circa", "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in",
            "inside", "into", "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on",
            "onto", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "than", "through", " thru",
            "throughout", "thruout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto",
            "up", "upon", "versus", "vs.", "v.", "vs", "v", "via", "vis-à-vis", "with", "within", "without",
            "or", "yet", "so", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "ca"));

    /** lower-case particles before a family name ("von Dipheria") */
    private static final Pattern LEADING_PARTICLES = Pattern.compile("^[ '\u2019a-z]+\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(a\\s+|the\\s+|an\\s+)");
    /** citeproc-js's CSL.ROMANESQUE_NOT_REGEXP */
    private static final Pattern NOT_ROMANESQUE = Pattern.compile("[^a-zA-Z\u0e01-\u0e5b\u00c0-\u017f"
            + "\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff\u1f00-\u1fff\u0600-\u06ff\u200c\u200d"
            + "\u200e\u0218\u0219\u021a\u021b\u202a-\u202e]");

    private CitationLabel() {
    }

    /** One part of the trigraph: the letters taken of each name, the digits of the year */
    private static final class Trigraph {
        final List<Integer> authors = new ArrayList<>();
        int year;
    }

    private static List<Trigraph> parse(String trigraph) {
        List<Trigraph> result = new ArrayList<>();
        for (String part : trigraph.split(":")) {
            Trigraph t = new Trigraph();
            for (char c : part.toCharArray()) {
                if (c == 'A') {
                    t.authors.add(1);
                } else if (c == 'a') {
                    t.authors.set(t.authors.size() - 1, t.authors.get(t.authors.size() - 1) + 1);
                } else {
                    t.year++;
                }
            }
            result.add(t);
        }
        return List.copyOf(result);
    }

    /**
     * @param item the item
     * @param names gives the names of a name variable of the item, or {@code null}
     * @param referenceTerm the short form of the term "reference", which citeproc-js starts from (a name
     * with neither family name nor literal keeps the name before it, or this)
     * @return the label citeproc-js generates for the item, without year-suffix
     */
    static String generate(CSLItemData item, Function<String, CSLName[]> names, String referenceTerm) {
        StringBuilder label = new StringBuilder();
        Trigraph config = PARAMS.get(0);
        String myname = capitalizeFirst(referenceTerm.replaceFirst("\\.", ""));
        for (String variable : NAME_VARIABLES) {
            CSLName[] ns = names.apply(variable);
            if (ns == null || ns.length == 0) {
                continue;
            }
            config = PARAMS.get(Math.min(ns.length, PARAMS.size()) - 1);
            for (int j = 0; j < ns.length && j < config.authors.size(); j++) {
                if (ns[j].getFamily() != null && !ns[j].getFamily().isEmpty()) {
                    myname = LEADING_PARTICLES.matcher(ns[j].getFamily()).replaceFirst("");
                } else if (ns[j].getLiteral() != null && !ns[j].getLiteral().isEmpty()) {
                    myname = ns[j].getLiteral();
                }
                Matcher article = LEADING_ARTICLE.matcher(myname.toLowerCase(Locale.ROOT));
                if (article.find()) {
                    myname = myname.substring(article.end());
                }
                myname = NOT_ROMANESQUE.matcher(myname).replaceAll("");
                if (myname.isEmpty()) {
                    break;
                }
                label.append(capitalize(myname.substring(0, Math.min(myname.length(), config.authors.get(j)))));
            }
            break;
        }
        if (label.length() == 0 && item.getTitle() != null) {
            StringBuilder title = new StringBuilder();
            for (String word : item.getTitle().split("\\s+")) {
                if (!SKIP_WORDS.contains(word)) {
                    title.append(word);
                }
            }
            String str = title.toString();
            label.append(capitalize(str.substring(0, Math.min(str.length(), PARAMS.get(0).authors.get(0)))));
        }
        String year = "0000";
        CSLDate issued = item.getIssued();
        if (issued != null && issued.getDateParts() != null && issued.getDateParts().length > 0
                && issued.getDateParts()[0].length > 0) {
            year = String.valueOf(issued.getDateParts()[0][0]);
        }
        label.append(year.substring(Math.max(0, year.length() - config.year)));
        return label.toString();
    }

    private static String capitalizeFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
