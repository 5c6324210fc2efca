/*
 * Patched copy of de/undercouch/citeproc/csl/internal/format/HtmlFormat.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.format;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.SecondFieldAlign;
import org.apache.commons.text.StringEscapeUtils;

import java.util.List;
import java.util.Locale;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_ITALIC;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FW_BOLD;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.VA_SUP;

/**
 * The HTML output format
 * @author Michel Kraemer
 */
public class HtmlFormat extends BaseFormat {
    @Override
    public String getName() {
        return "html";
    }

    @Override
    protected String doFormatCitation(TokenBuffer buffer, RenderContext ctx) {
        return format(buffer);
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer,
            RenderContext ctx, int index) {
        String result;

        SecondFieldAlign sfa = ctx.getStyle().getBibliography().getSecondFieldAlign();
        if (sfa != SecondFieldAlign.FALSE && !buffer.getTokens().isEmpty()) {
            // find tokens that are part of the first field
            int i = 0;
            List<Token> tokens = buffer.getTokens();
            while (i < tokens.size() && tokens.get(i).isFirstField()) {
                ++i;
            }
            TokenBuffer firstBuffer = buffer.copy(0, i);
            TokenBuffer restBuffer = buffer.copy(i, tokens.size());

            // render first field and rest independently
            result = "\n    <div class=\"csl-left-margin\">" + format(firstBuffer) +
                    "</div><div class=\"csl-right-inline\">" + format(restBuffer) + "</div>\n  ";
        } else {
            result = format(buffer);
        }

        return "  <div class=\"csl-entry\">" + result + "</div>\n";
    }

    @Override
    protected String doFormatLink(String text, String uri) {
        String uriLowerCase = uri.toLowerCase(Locale.ENGLISH);
        if (uriLowerCase.startsWith("http://")
                || uriLowerCase.startsWith("https://")
                || uriLowerCase.startsWith("ftp://")
                || uriLowerCase.startsWith("mailto:")
                || uriLowerCase.startsWith("news:")
                || uriLowerCase.startsWith("www.")
                || uriLowerCase.startsWith("/")) {
            return "<a href=\"" + uri + "\">" + text + "</a>";
        }
        return text;
    }

    @Override
    public Bibliography makeBibliography(String[] entries,
            SBibliography bibliographyElement) {
        SecondFieldAlign sfa = bibliographyElement.getSecondFieldAlign();
        return new Bibliography(entries, "<div class=\"csl-bib-body\">\n", "</div>",
                null, null, null, null, null, null, sfa);
    }

    @Override
    protected String escape(String str) {
        return StringEscapeUtils.escapeHtml4(str);
    }

    @Override
    protected String openFontStyle(int fontStyle) {
        if (fontStyle == FS_ITALIC) {
            return "<span style=\"font-style: italic\">";
        } else {
            return "<span style=\"font-style: oblique\">";
        }
    }

    @Override
    protected String closeFontStyle(int fontStyle) {
        return "</span>";
    }

    @Override
    protected String openFontVariant(int fontVariant) {
        return "<span style=\"font-variant: small-caps\">";
    }

    @Override
    protected String closeFontVariant(int fontVariant) {
        return "</span>";
    }

    @Override
    protected String openFontWeight(int fontWeight) {
        if (fontWeight == FW_BOLD) {
            return "<span style=\"font-weight: bold\">";
        } else {
            return "<span style=\"font-weight: 100\">";
        }
    }

    @Override
    protected String closeFontWeight(int fontWeight) {
        return "</span>";
    }

    @Override
    protected String openTextDecoration(int textDecoration) {
        return "<span style=\"text-decoration: underline\">";
    }

    @Override
    protected String closeTextDecoration(int textDecoration) {
        return "</span>";
    }

    @Override
    protected String openVerticalAlign(int verticalAlign) {
        if (verticalAlign == VA_SUP) {
            return "<sup>";
        } else {
            return "<sub>";
        }
    }

    @Override
    protected String closeVerticalAlign(int verticalAlign) {
        if (verticalAlign == VA_SUP) {
            return "</sup>";
        } else {
            return "</sub>";
        }
    }

    // PATCH 0061: normal text inside italics, small caps or bold as citeproc-js writes it
    @Override
    protected String openNormalInside(String property, int value) {
        return "<span style=\"" + property + ":normal;\">";
    }

    @Override
    protected String closeNormalInside(String property, int value) {
        return "</span>";
    }

    @Override
    protected String openDisplayGroup(DisplayGroupToken.Type type) {
        switch (type) {
            case BLOCK:
                return "\n\n    <div class=\"csl-block\">";
            case LEFT_MARGIN:
                return "\n    <div class=\"csl-left-margin\">";
            case RIGHT_INLINE:
                return "<div class=\"csl-right-inline\">";
            case INDENT:
                return "<div class=\"csl-indent\">";
        }
        return null;
    }

    @Override
    protected String closeDisplayGroup(DisplayGroupToken.Type type) {
        switch (type) {
            case BLOCK:
                return "</div>\n";
            case LEFT_MARGIN:
                return "</div>";
            case RIGHT_INLINE:
            case INDENT:
                return "</div>\n  ";
        }
        return null;
    }
}
