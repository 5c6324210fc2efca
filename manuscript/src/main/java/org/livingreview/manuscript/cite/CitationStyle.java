package org.livingreview.manuscript.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSL style as citeproc-java takes it ({@code source}: a bundled style id or a style's XML), with what
 * the manuscript needs to know of it. {@code defaultLocale} is the style's {@code default-locale} (a
 * dependent style's own, else its parent's), or {@code null}.
 */
public record CitationStyle(String name, String source, boolean hyphenatedInitials, String defaultLocale) {

    private static final Pattern DEFAULT_LOCALE = Pattern.compile("<style\\b[^>]*\\bdefault-locale=\"([^\"]+)\"");

    /** Reads what the manuscript needs from the independent style's XML, the default locale from the style's first. */
    static CitationStyle of(String name, String source, String styleXml, String independentXml) {
        return new CitationStyle(name, source, !independentXml.contains("initialize-with-hyphen=\"false\""),
                defaultLocale(styleXml) != null ? defaultLocale(styleXml) : defaultLocale(independentXml));
    }

    private static String defaultLocale(String xml) {
        Matcher m = DEFAULT_LOCALE.matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The locale citations are formatted in: the style's default locale where it has one, as citeproc-js
     * does unless forced and as Zotero calls it (Nature writes British English: "eds", not "eds."), else
     * the review's.
     */
    public String locale(String reviewLocale) {
        return defaultLocale != null ? defaultLocale : reviewLocale;
    }
}
