/*
 * Part of the living-review project's patch 0030 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.behavior;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL's {@code text-case="title"} (and {@code "capitalize-first"}) as citeproc-js applies it: words that are
 * not stop words, the first word and the first word after "!", "?" or ":" get a capital first letter; a
 * word that already has a capital is left as it is ("PLOS ONE", "bioRxiv"), nothing is lowercased, and a
 * stop word that ends the title is capitalised too.
 */
public final class TitleCase {

    // PATCH 0035: where markup opens and closes a piece whose case is kept, and where one piece ends
    private static final char KEEP_OPEN = '\uE000';
    private static final char KEEP_CLOSE = '\uE001';
    private static final char BOUNDARY = '\uE002';
    private static final Pattern SENTINEL = Pattern.compile("[" + KEEP_OPEN + KEEP_CLOSE + BOUNDARY + "]");

    /** What splits a title into runs of words: quotes, punctuation and brackets (citeproc-js's tags). */
    private static final Pattern TAG = Pattern.compile("\u2018|\u2019|\u201C|\u201D| \"| '|\"|'|[-\u2013\u2014/.,;?!:]|\\[|\\]|\\(|\\)"
            + "|[" + KEEP_OPEN + KEEP_CLOSE + BOUNDARY + "]");
    private static final Pattern SPACE = Pattern.compile("[\u00A0\u0020\u2000-\u200B\u205F\u3000]+");
    private static final Pattern FIRST_WORD = Pattern.compile("[^\u00A0\u0020\u2000-\u200B\u205F\u3000]+");
    private static final Pattern AFTER_PUNCTUATION = Pattern.compile(".*[!?:]$");
    private static final Pattern OPENER = Pattern.compile("\u201C|\u2018| \"| '");
    private static final Pattern QUOTE = Pattern.compile("^(\u2018|\u2019|\u201C|\u201D|\"|')| \"$| '$");

    /** citeproc-js's CSL.SKIP_WORDS (single words only: a word never holds a space). */
    private static final Set<String> STOP_WORDS = Set.of("about", "above", "across", "afore", "after", "against",
            "al", "along", "alongside", "amid", "amidst", "among", "amongst", "anenst", "apropos", "apud", "around",
            "as", "aside", "astride", "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath",
            "beside", "besides", "between", "beyond", "but", "by", "circa", "despite", "down", "during", "et",
            "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like", "modulo", "near",
            "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per", "plus", "pro", "qua", "sans",
            "since", "than", "through", "throughout", "thruout", "till", "to", "toward", "towards", "under",
            "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v", "via", "vis-à-vis",
            "with", "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "d'", "von",
            "van", "c", "ca");

    private final List<String> strings = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> original;
    private final List<QuoteState> quotes = new ArrayList<>();
    private boolean first = true;
    private boolean afterPunctuation;
    private int[] lastWord;
    private int kept;

    private TitleCase(String s) {
        Matcher m = TAG.matcher(s);
        int start = 0;
        while (m.find()) {
            strings.add(s.substring(start, m.start()));
            tags.add(m.group());
            start = m.end();
        }
        strings.add(s.substring(start));
        for (int i = tags.size() - 1; i >= 0; i--) {
            // an apostrophe that a word follows stays with the word ("'s")
            if (tags.get(i).equals("'") && !strings.get(i + 1).isEmpty()) {
                strings.set(i + 1, "'" + strings.get(i + 1));
                tags.set(i, "");
            }
        }
        original = List.copyOf(strings);
    }

    /**
     * Converts a string to title case
     * @param s the string
     * @return the string in title case
     */
    public static String apply(String s) {
        return s == null || s.isEmpty() ? s : new TitleCase(s).convert();
    }

    /**
     * PATCH 0035: title case over the pieces of a value with markup, as over one text; the pieces marked
     * kept (no-case markup, small caps, super- and subscripts) are not changed
     * @param texts the pieces
     * @param kept whether each piece keeps its case
     * @return the pieces in title case, or {@code null} if a piece holds a character this uses as a mark
     */
    public static List<String> apply(List<String> texts, List<Boolean> kept) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (SENTINEL.matcher(texts.get(i)).find()) {
                return null;
            }
            if (i > 0) {
                sb.append(BOUNDARY);
            }
            sb.append(kept.get(i) ? KEEP_OPEN + texts.get(i) + KEEP_CLOSE : texts.get(i));
        }
        String[] pieces = apply(sb.toString()).split(String.valueOf(BOUNDARY), -1);
        List<String> result = new ArrayList<>();
        for (String piece : pieces) {
            result.add(SENTINEL.matcher(piece).replaceAll(""));
        }
        return result;
    }

    /**
     * PATCH 0035: capitalize-first over the pieces of a value with markup: the first piece with a letter or
     * digit is capitalised, unless it keeps its case
     * @param texts the pieces
     * @param kept whether each piece keeps its case
     * @return the pieces
     */
    public static List<String> capitalizeFirst(List<String> texts, List<Boolean> kept) {
        List<String> result = new ArrayList<>(texts);
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).codePoints().anyMatch(Character::isLetterOrDigit)) {
                if (!kept.get(i)) {
                    result.set(i, capitalizeFirst(texts.get(i)));
                }
                break;
            }
        }
        return result;
    }

    /**
     * PATCH 0034: CSL's {@code text-case="capitalize-first"} as citeproc-js applies it: the first word gets
     * a capital first letter only if it is all in lower case ("bioRxiv" stays)
     * @param s the string
     * @return the string with its first word capitalised
     */
    public static String capitalizeFirst(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        TitleCase runs = new TitleCase(s);
        for (int i = 0; i < runs.strings.size(); i++) {
            String run = runs.strings.get(i);
            Matcher word = FIRST_WORD.matcher(run);
            if (word.find()) {
                if (word.group().equals(word.group().toLowerCase(Locale.ROOT))) {
                    runs.strings.set(i, run.substring(0, word.start()) + capitalise(word.group()) + run.substring(word.end()));
                }
                return runs.join();
            }
        }
        return s;
    }

    private String convert() {
        if (!strings.get(0).isBlank()) {
            capitaliseWords(0, tags.isEmpty() ? null : tags.get(0));
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (AFTER_PUNCTUATION.matcher(tag).matches()) {
                afterPunctuation = true;
            }
            // citeproc-js hands the runs after the first no following tag, so only the first run's last
            // word is capitalised before a hyphen
            if (tag.equals(String.valueOf(KEEP_OPEN))) {
                kept++;
            } else if (tag.equals(String.valueOf(KEEP_CLOSE))) {
                kept--;
            }
            if (kept == 0) {
                capitaliseWords(i + 1, null);
            } else if (!strings.get(i + 1).isBlank()) {
                lastWord = null;
            }
            Integer fixed = quoteFix(tag, i);
            if (fixed != null) {
                restoreFirstCharacter(fixed + 1);
                lastWord = null;
            }
            if (!strings.get(i + 1).isBlank()) {
                first = false;
                afterPunctuation = false;
            }
        }
        quotes.stream().filter(q -> q.position != null).forEach(q -> restoreFirstCharacter(q.position + 1));
        if (lastWord != null) {
            String[] words = SPACE.split(strings.get(lastWord[0]), -1);
            String word = words[lastWord[1]];
            if (word.length() > 1 && STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                words[lastWord[1]] = capitalise(word);
                strings.set(lastWord[0], joinWords(strings.get(lastWord[0]), words));
            }
        }
        return join();
    }

    private String join() {
        StringBuilder sb = new StringBuilder(strings.get(0));
        for (int i = 0; i < tags.size(); i++) {
            sb.append(tags.get(i)).append(strings.get(i + 1));
        }
        return sb.toString();
    }

    private void capitaliseWords(int index, String followingTag) {
        String str = strings.get(index);
        if (str.isBlank()) {
            return;
        }
        String[] words = SPACE.split(str, -1);
        for (int j = 0; j < words.length; j++) {
            String word = words[j];
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalise = word.length() > 1 && !STOP_WORDS.contains(lower)
                    || j == words.length - 1 && "-".equals(followingTag)
                    || first || afterPunctuation;
            if (capitalise && word.equals(lower)) {
                words[j] = capitalise(word);
            }
            afterPunctuation = false;
            first = false;
            lastWord = new int[] {index, j};
        }
        strings.set(index, joinWords(str, words));
    }

    /** The words put back with the spaces that separated them. */
    private static String joinWords(String str, String[] words) {
        Matcher m = SPACE.matcher(str);
        StringBuilder sb = new StringBuilder(words[0]);
        for (int j = 1; j < words.length && m.find(); j++) {
            sb.append(m.group()).append(words[j]);
        }
        return sb.toString();
    }

    /** The first letter in upper case, except a lone Greek letter (a symbol in a scientific title). */
    private static String capitalise(String word) {
        int start = 0;
        while (start < word.length() && Character.isWhitespace(word.charAt(start))) {
            start++;
        }
        if (start == word.length()) {
            return word;
        }
        int cp = word.codePointAt(start);
        int end = start + Character.charCount(cp);
        if (cp >= 0x0370 && cp <= 0x03FF && end == word.length()) {
            return word;
        }
        return word.substring(0, start) + new String(Character.toChars(cp)).toUpperCase(Locale.ROOT) + word.substring(end);
    }

    /** The run whose first character a quote mark that opens or closes nothing leaves as it was, if any. */
    private Integer quoteFix(String tag, int position) {
        Matcher m = QUOTE.matcher(tag);
        if (!m.find()) {
            return null;
        }
        String mark = m.group(1) != null ? m.group(1) : m.group();
        if (OPENER.matcher(mark).matches()) {
            QuoteState opened = QuoteState.of(mark, position);
            if (quotes.isEmpty() || mark.equals(quotes.get(quotes.size() - 1).opener)) {
                quotes.add(opened);
                return null;
            }
            Integer previous = quotes.remove(quotes.size() - 1).position;
            quotes.add(new QuoteState(opened.opener, opened.closer, null));
            return previous;
        }
        if (!quotes.isEmpty() && mark.equals(quotes.get(quotes.size() - 1).closer)) {
            quotes.remove(quotes.size() - 1);
            return null;
        }
        return position;
    }

    private void restoreFirstCharacter(int index) {
        String now = strings.get(index);
        String before = original.get(index);
        if (!now.isEmpty() && !before.isEmpty()) {
            int n = Character.charCount(before.codePointAt(0));
            strings.set(index, before.substring(0, n) + now.substring(Character.charCount(now.codePointAt(0))));
        }
    }

    /** A quotation citeproc-js's title case has seen open: the mark that would nest in it, its closer. */
    private record QuoteState(String opener, String closer, Integer position) {
        static QuoteState of(String mark, int position) {
            return switch (mark) {
                case " \"" -> new QuoteState(" '", "\"", position);
                case " '" -> new QuoteState(" \"", "'", position);
                case "\u2018" -> new QuoteState("\u2018", "\u2019", position);
                default -> new QuoteState("\u201C", "\u201D", position);
            };
        }
    }
}
