package org.livingreview.bib.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * LaTeX field content to plain Unicode with JBibTeX's parser and printer. Characters its lexer rejects
 * (CJK, math symbols such as ∼, emoji) and the ASCII that its printer turns into typographic quotes and
 * dashes are hidden behind ASCII placeholders first, so text comes back exactly as Zotero wrote it. The
 * placeholders' own first letter is hidden too, so text that looks like a placeholder is not taken for one; the
 * character after a backslash is left alone, as it belongs to a command ({@code \\'e}, {@code \\-}).
 */
final class Latex {

    private static final Pattern PLACEHOLDER = Pattern.compile("QZ([0-9A-F]{1,6})ZQ");

    private Latex() {
    }

    static String decode(String latex) {
        StringBuilder shielded = new StringBuilder(latex.length());
        int previous = 0;
        for (int cp : latex.codePoints().toArray()) {
            boolean command = previous == '\\';
            if (!command && (cp >= 0x80 || cp == '\'' || cp == '`' || cp == '-' || cp == 'Q')) {
                shielded.append("QZ").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append("ZQ");
            } else {
                shielded.appendCodePoint(cp);
            }
            previous = command ? 0 : cp;
        }
        String printed;
        try {
            printed = new LaTeXPrinter().print(new LaTeXParser().parse(shielded.toString()));
        } catch (ParseException | TokenMgrException e) {
            printed = shielded.toString();
        }
        Matcher m = PLACEHOLDER.matcher(printed);
        StringBuilder out = new StringBuilder(printed.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
