package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits names the way BibTeX does ("First von Last", "von Last, First", "von Last, Jr, First"; a fully
 * braced name is an organisation) and as RIS and MEDLINE write them ("von Last, First, Suffix"), into
 * CSL-JSON names. The von part becomes the non-dropping particle.
 */
final class Names {

    /** Initials as Cochrane and MEDLINE write them: "SR", "J-P", "A.B.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}[.\\-]?){1,4}");

    /** A given name ending in a generational suffix, as MEDLINE writes "Smith, John 2nd" or "Doe, J Jr". */
    private static final Pattern GIVEN_WITH_SUFFIX = Pattern.compile("(.+?)\\s+(Jr\\.?|Sr\\.?|2nd|3rd|[2-9]th|II|III|IV)");

    /** A name written "van der Berg A." or "Smith J.-P." without a comma, as Ovid's Embase RIS writes them. */
    private static final Pattern FAMILY_INITIALS = Pattern.compile("(.+?)\\s+((?:\\p{Lu}\\.-?){1,4})");

    private Names() {
    }

    /** The names of a raw BibTeX {@code author} or {@code editor} field, LaTeX decoded. */
    static ArrayNode fromBibTeX(String field) {
        String names = field.replaceAll("\\s+", " ").strip();
        List<String> commaList = commaSeparated(names);
        if (!commaList.isEmpty()) {
            return fromLastFirst(commaList.stream().map(Latex::decodeText).toList());
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String name : splitTopLevel(names, " and ")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (isBraced(trimmed)) {
                array.addObject().put("literal", Latex.decodeText(trimmed.substring(1, trimmed.length() - 1)));
                continue;
            }
            List<String> parts = splitTopLevel(trimmed, ",");
            if (parts.size() == 1) {
                array.add(firstVonLast(trimmed));
            } else if (parts.size() == 2) {
                array.add(person(parts.get(0), parts.get(1), null, Latex::decodeText));
            } else {
                array.add(person(parts.get(0), parts.get(2), parts.get(1), Latex::decodeText));
            }
        }
        return array;
    }

    /**
     * "von Last, First" or "von Last, First, Suffix" (RIS, MEDLINE), or Ovid's "von Last F."; otherwise no comma
     * means an organisation.
     */
    static ArrayNode fromLastFirst(List<String> names) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String name : names) {
            String[] parts = name.split(",", -1);
            Matcher initials = FAMILY_INITIALS.matcher(name.strip());
            if (parts.length < 2 && initials.matches()) {
                array.add(person(initials.group(1), initials.group(2), null, String::strip));
            } else if (parts.length < 2) {
                array.addObject().put("literal", name.strip());
            } else {
                Matcher suffix = GIVEN_WITH_SUFFIX.matcher(parts[1].strip());
                boolean split = parts.length == 2 && suffix.matches();
                array.add(person(parts[0], split ? suffix.group(1) : parts[1], split ? suffix.group(2)
                        : parts.length > 2 ? parts[2] : null, String::strip));
            }
        }
        return array;
    }

    /**
     * The names of a list written "Smith, SR, Newton, K, Smith, JA" (Cochrane's exports: no "and", family names
     * each followed by initials), as "Smith, SR" pairs; empty when the field is not such a list.
     */
    private static List<String> commaSeparated(String field) {
        if (!splitTopLevel(field, " and ").get(0).equals(field)) {
            return List.of();
        }
        List<String> parts = splitTopLevel(field, ",");
        if (parts.size() < 4 || parts.size() % 2 != 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i += 2) {
            if (!INITIALS.matcher(parts.get(i + 1).strip()).matches()) {
                return List.of();
            }
            names.add(parts.get(i).strip() + ", " + parts.get(i + 1).strip());
        }
        return names;
    }

    private static ObjectNode firstVonLast(String name) {
        List<String> words = splitTopLevel(name, " ");
        words.removeIf(String::isBlank);
        int vonStart = -1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (startsLowerCase(words.get(i))) {
                vonStart = i;
                break;
            }
        }
        int lastStart = vonStart < 0 ? words.size() - 1 : vonStart;
        String first = String.join(" ", words.subList(0, lastStart));
        return person(String.join(" ", words.subList(lastStart, words.size())), first, null, Latex::decodeText);
    }

    /** A person from the "von Last" part, the given names and the suffix. */
    private static ObjectNode person(String vonLast, String given, String suffix, UnaryOperator<String> decode) {
        List<String> words = splitTopLevel(vonLast.strip(), " ");
        words.removeIf(String::isBlank);
        int lastStart = 0;
        while (lastStart < words.size() - 1 && startsLowerCase(words.get(lastStart))) {
            lastStart++;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        put(node, "family", decode.apply(String.join(" ", words.subList(lastStart, words.size()))));
        put(node, "given", given == null ? null : decode.apply(given));
        put(node, "non-dropping-particle", lastStart == 0 ? null : decode.apply(String.join(" ", words.subList(0, lastStart))));
        put(node, "suffix", suffix == null ? null : decode.apply(suffix));
        return node;
    }

    /** Whether a word's first letter outside braces is lower-case (BibTeX's test for "von" words). */
    private static boolean startsLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '{' || c == '\\') {
                return false;
            }
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static boolean isBraced(String text) {
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /** Splits on {@code separator} where it stands outside braces ("and" matched case-insensitively). */
    private static List<String> splitTopLevel(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && text.regionMatches(true, i, separator, 0, separator.length())) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }
}
