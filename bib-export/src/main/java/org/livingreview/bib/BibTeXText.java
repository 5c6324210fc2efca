package org.livingreview.bib;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as BibTeX field content: special characters escaped, UTF-8 kept, capitalised words protected. */
final class BibTeXText {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private BibTeXText() {
    }

    /**
     * Escapes {@code & % $ # _ { } ~ ^ \} so that BibTeX and LaTeX print them: {@code ~} and {@code ^} as
     * {@code \~{}} and {@code \^{}}, the forms that Zotero's and pandoc's readers also decode.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '~', '^' -> out.append('\\').append(c).append("{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes a title and wraps every word with a capital letter in braces ({@code {BCR::ABL1}},
     * {@code {CML}}, {@code {microRNA}}), except a first word capitalised only as a sentence starts, so
     * that styles which change case cannot lower-case acronyms, genes or proper nouns.
     */
    static String protectCase(String title) {
        Matcher m = WORD.matcher(title);
        StringBuilder out = new StringBuilder(title.length() + 32);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            out.append(escape(title.substring(last, m.start())));
            String word = m.group();
            boolean sentenceStart = first && Character.isUpperCase(word.codePointAt(0))
                    && word.substring(Character.charCount(word.codePointAt(0))).codePoints()
                    .noneMatch(Character::isUpperCase);
            if (!sentenceStart && word.codePoints().anyMatch(Character::isUpperCase)) {
                out.append('{').append(escape(word)).append('}');
            } else {
                out.append(escape(word));
            }
            first = false;
            last = m.end();
        }
        out.append(escape(title.substring(last)));
        return out.toString();
    }
}
