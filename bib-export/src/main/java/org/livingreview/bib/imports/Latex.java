package org.livingreview.bib.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * LaTeX field content to plain Unicode with JBibTeX's parser and printer. Characters its lexer rejects
 * (CJK, math symbols such as ∼, emoji, control characters, and unescaped {@code $ ^ % & _ #}) and the ASCII that
 * its printer turns into typographic quotes and dashes are hidden behind ASCII placeholders first, so text comes
 * back exactly as Zotero wrote it and one such character does not leave a whole field undecoded; a tie
 * ({@code ~}) is a space. The
 * placeholders' own first letter is hidden too, so text that looks like a placeholder is not taken for one; the
 * character after a backslash is left alone, as it belongs to a command ({@code \-}). Accents and the letters
 * of LaTeX's text commands are decoded here first, as JBibTeX's printer knows only some of them (it drops
 * {@code \L}, {@code \i} and the cedilla, ogonek and double acute).
 */
final class Latex {

    private static final Pattern PLACEHOLDER = Pattern.compile("QZ([0-9A-F]{1,6})ZQ");
    /** ASCII kept as written: what the printer makes typographic, what its parser rejects unescaped, and Q. */
    private static final String SHIELDED_ASCII = "'`-$^%&_#Q";
    /** The combining mark of each LaTeX accent command. */
    private static final Map<String, String> ACCENTS = Map.ofEntries(Map.entry("`", "\u0300"),
            Map.entry("'", "\u0301"), Map.entry("^", "\u0302"), Map.entry("~", "\u0303"), Map.entry("=", "\u0304"),
            Map.entry("u", "\u0306"), Map.entry(".", "\u0307"), Map.entry("\"", "\u0308"), Map.entry("r", "\u030A"),
            Map.entry("H", "\u030B"), Map.entry("v", "\u030C"), Map.entry("d", "\u0323"), Map.entry("c", "\u0327"),
            Map.entry("k", "\u0328"), Map.entry("b", "\u0331"));
    /** LaTeX's text commands for letters. */
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("AA", "Å"), Map.entry("aa", "å"),
            Map.entry("AE", "Æ"), Map.entry("ae", "æ"), Map.entry("OE", "Œ"), Map.entry("oe", "œ"),
            Map.entry("O", "Ø"), Map.entry("o", "ø"), Map.entry("L", "Ł"), Map.entry("l", "ł"), Map.entry("ss", "ß"),
            Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("DH", "Ð"), Map.entry("dh", "ð"),
            Map.entry("TH", "Þ"), Map.entry("th", "þ"), Map.entry("NG", "Ŋ"), Map.entry("ng", "ŋ"));
    /** An accent command on a letter: {@code \'e}, {@code \'{e}}, {@code \c c}, {@code \'\i}. */
    private static final Pattern ACCENTED = Pattern.compile("\\\\([`'^~=.\"]|[uHvdckbr](?![A-Za-z]))\\s*"
            + "(?:\\{\\s*(\\\\[ij](?![A-Za-z])|[A-Za-z])\\s*}|(\\\\[ij](?![A-Za-z])|[A-Za-z]))");
    /** A tilde or circumflex accent on nothing, {@code \~{}} and {@code \^{}}: the character itself. */
    private static final Pattern EMPTY_ACCENT = Pattern.compile("\\\\([~^])\\{\\s*}");
    private static final Pattern LETTER = Pattern.compile("\\\\(AA|aa|AE|ae|OE|oe|ss|DH|dh|TH|th|NG|ng|[OoLlij])"
            + "(?![A-Za-z])\\s*");

    /** Greek letters and the math and text symbols titles use, by command name. */
    private static final Map<String, String> SYMBOLS = symbols();
    private static final Pattern SYMBOL = Pattern.compile("\\\\(" + String.join("|", SYMBOLS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?![A-Za-z])(?:\\s*\\{})?");
    /** A math segment: from an unescaped {@code $} to the next, with no escaped {@code \$} inside. */
    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$((?:[^$\\\\]|\\\\[^$]){1,200})\\$");
    private static final Pattern MATH_TEXT = Pattern.compile("\\\\(?:text|mathrm|mathit|mathbf|textrm|mbox)\\s*\\{([^{}]*)}");
    private static final Pattern SCRIPT = Pattern.compile("[\\^_](?:\\{([^{}]*)}|([^{}\\s]))");
    private static final Pattern COMMAND = Pattern.compile("\\\\[A-Za-z]");
    /** Private-use characters that stand for math segments kept as written while the rest is decoded. */
    private static final int KEPT = 0xE000;
    private static final int MAX_KEPT = 256;

    private Latex() {
    }

    /**
     * A text field (title, journal, names) to Unicode: as {@link #decode}, with math ({@code $\beta$}, {@code
     * $\text{IC}_{50}$}) and Greek and symbol commands read, and TeX's {@code --} and {@code ---} as en and em dash.
     */
    static String decodeText(String latex) {
        List<String> kept = new ArrayList<>();
        boolean canKeep = latex.chars().noneMatch(c -> c >= KEPT && c < KEPT + MAX_KEPT);
        String math = MATH.matcher(latex).replaceAll(m -> {
            String text = math(m.group(1));
            if (text != null || !canKeep || kept.size() == MAX_KEPT) {
                return Matcher.quoteReplacement(text != null ? text : m.group());
            }
            kept.add(m.group());
            return Character.toString(KEPT + kept.size() - 1);
        });
        String decoded = decode(SYMBOL.matcher(math).replaceAll(m -> SYMBOLS.get(m.group(1))))
                .replace("---", "\u2014").replace("--", "\u2013");
        for (int i = 0; i < kept.size(); i++) {
            decoded = decoded.replace(Character.toString(KEPT + i), kept.get(i));
        }
        return decoded;
    }

    /** A math segment as plain text, or null when it holds a command not known here (it is then kept as written). */
    private static String math(String inside) {
        String text = SYMBOL.matcher(MATH_TEXT.matcher(inside).replaceAll("$1")).replaceAll(m -> SYMBOLS.get(m.group(1)));
        text = SCRIPT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(script(m.group().charAt(0) == '^',
                m.group(1) != null ? m.group(1) : m.group(2))));
        if (COMMAND.matcher(text).find()) {
            return null;
        }
        return text.replace("{", "").replace("}", "").strip();
    }

    /** Digits, plus and minus raised or lowered as Unicode writes them (IC₅₀, 10⁻³); other text as it is. */
    private static String script(boolean raised, String text) {
        String from = "0123456789+-";
        String to = raised ? "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻" : "₀₁₂₃₄₅₆₇₈₉₊₋";
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (from.indexOf(c) < 0) {
                return text;
            }
            out.append(to.charAt(from.indexOf(c)));
        }
        return out.toString();
    }

    private static Map<String, String> symbols() {
        Map<String, String> symbols = new java.util.HashMap<>();
        String[] lower = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega"};
        for (int i = 0; i < lower.length; i++) {
            symbols.put(lower[i], Character.toString(0x03B1 + i));
            String upper = Character.toUpperCase(lower[i].charAt(0)) + lower[i].substring(1);
            if (i != 17) {
                symbols.put(upper, Character.toString(0x0391 + i));
            }
        }
        symbols.putAll(Map.ofEntries(Map.entry("varepsilon", "ε"), Map.entry("vartheta", "ϑ"),
                Map.entry("varphi", "φ"), Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("times", "×"),
                Map.entry("cdot", "·"), Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"),
                Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("sim", "∼"),
                Map.entry("infty", "∞"), Map.entry("to", "→"), Map.entry("rightarrow", "→"),
                Map.entry("leftarrow", "←"), Map.entry("circ", "°"), Map.entry("textdegree", "°"),
                Map.entry("textmu", "µ"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
                Map.entry("textbeta", "β"), Map.entry("textalpha", "α"), Map.entry("textgamma", "γ")));
        return Map.copyOf(symbols);
    }

    static String decode(String latex) {
        String shielded = EMPTY_ACCENT.matcher(shield(LETTER.matcher(ACCENTED.matcher(latex)
                        .replaceAll(Latex::accented)).replaceAll(m -> LETTERS.get(m.group(1)))))
                .replaceAll(m -> placeholder(m.group(1).codePointAt(0)));
        String printed;
        try {
            printed = new LaTeXPrinter().print(new LaTeXParser().parse(shielded));
        } catch (ParseException | TokenMgrException e) {
            printed = shielded;
        }
        Matcher m = PLACEHOLDER.matcher(printed);
        StringBuilder out = new StringBuilder(printed.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return Normalizer.normalize(out.toString().replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
    }

    /** The letter with the accent's combining mark; an accented dotless i or j is the plain letter's. */
    private static String accented(MatchResult m) {
        String letter = m.group(2) != null ? m.group(2) : m.group(3);
        return Matcher.quoteReplacement(letter.replace("\\", "") + ACCENTS.get(m.group(1)));
    }

    private static String placeholder(int codePoint) {
        return "QZ" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + "ZQ";
    }

    private static String shield(String latex) {
        StringBuilder shielded = new StringBuilder(latex.length());
        int previous = 0;
        for (int cp : latex.codePoints().toArray()) {
            boolean command = previous == '\\';
            if (!command && cp == '~') {
                shielded.append(' ');
            } else if (!command && (cp >= 0x80 || SHIELDED_ASCII.indexOf(cp) >= 0
                    || cp < 0x20 && !Character.isWhitespace(cp))) {
                shielded.append(placeholder(cp));
            } else {
                shielded.appendCodePoint(cp);
            }
            previous = command ? 0 : cp;
        }
        return shielded.toString();
    }
}
