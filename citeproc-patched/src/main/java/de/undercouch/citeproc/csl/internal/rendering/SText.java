/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SText.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.bibtex.PageParser;
import de.undercouch.citeproc.bibtex.PageRange;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SMacro;
import de.undercouch.citeproc.csl.internal.VariableForm;
import de.undercouch.citeproc.csl.internal.behavior.Affixes;
import de.undercouch.citeproc.csl.internal.behavior.Display;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.behavior.Quotes;
import de.undercouch.citeproc.csl.internal.behavior.StripPeriods;
import de.undercouch.citeproc.csl.internal.behavior.TextCase;
import de.undercouch.citeproc.csl.internal.behavior.TitleCase;
import de.undercouch.citeproc.csl.internal.helper.NumberElement;
import de.undercouch.citeproc.csl.internal.helper.NumberParser;
import de.undercouch.citeproc.csl.internal.locale.LTerm;
import de.undercouch.citeproc.csl.internal.token.MarkupTextToken;
import de.undercouch.citeproc.helper.NodeHelper;
import de.undercouch.citeproc.helper.PageRangeFormatter;
import org.w3c.dom.Node;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.DOI;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.TEXT;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.URL;

/**
 * A text element from a style file
 * @author Michel Kraemer
 */
public class SText implements SRenderingElement {
    // PATCH 0010: a range of two plain numbers, each with an optional letter prefix
    // PATCH 0091: the prefix may begin with digits ("8n11564"), as citeproc-js's particles
    private static final Pattern PLAIN_PAGE_RANGE = Pattern.compile(
            "((?:[0-9]*[A-Za-z]+)?)([1-9][0-9]*)\\s*[-\u2013]+\\s*((?:[0-9]*[A-Za-z]+)?)([1-9][0-9]*)");
    // PATCH 0010: a range of two roman numerals
    private static final Pattern ROMAN_PAGE_RANGE = Pattern.compile(
            "([ivxlcdm]+|[IVXLCDM]+)\\s*[-\u2013]+\\s*([ivxlcdm]+|[IVXLCDM]+)");

    // PATCH 0032: two hyphen-joined parts that begin with a digit, text after it ("1186.e1-5")
    private static final Pattern DIGIT_LED_PAGE_RANGE = Pattern.compile(
            "([0-9]+)([^-\u2013\\s]*)\\s*-\\s*([0-9]+)([^-\u2013\\s]*)");

    // PATCH 0091: the pages or ranges of a page variable, and the "," or "&" between them
    private static final Pattern PAGE_LIST_SEPARATOR = Pattern.compile("\\s*([,&])\\s*");
    // PATCH 0091: a hyphen with white space around it
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s+-\\s*|\\s*-\\s+");
    // PATCH 0098: the "&" between the numbers of a locator or number value
    private static final Pattern NUMBER_AMPERSAND = Pattern.compile("\\s*&\\s*");

    private final String variable;
    private final String macro;
    private final String term;
    // PATCH 0046: whether the style is of class "in-text" (its citations' terms are not capitalised)
    private final boolean inTextStyle;
    private final String form;
    private final String value;
    private final Display display;
    private final Affixes affixes;
    private final Quotes quotes;
    private final TextCase textCase;
    // PATCH 0007: strip-periods on cs:text
    private final StripPeriods stripPeriods;
    private final int formattingAttributes;

    /**
     * Creates the text element from an XML node
     * @param node the XML node
     */
    public SText(Node node) {
        variable = NodeHelper.getAttrValue(node, "variable");
        macro = NodeHelper.getAttrValue(node, "macro");
        term = NodeHelper.getAttrValue(node, "term");
        inTextStyle = "in-text".equals(node.getOwnerDocument().getDocumentElement().getAttribute("class")); // PATCH 0046
        value = NodeHelper.getAttrValue(node, "value");
        display = new Display(node);
        affixes = new Affixes(node);
        quotes = new Quotes(node);
        textCase = new TextCase(node);
        stripPeriods = new StripPeriods(node);
        formattingAttributes = FormattingAttributes.of(node);

        String form = NodeHelper.getAttrValue(node, "form");
        if (form == null) {
            form = "long";
        }
        this.form = form;
    }

    @Override
    public void render(RenderContext ctx) {
        display.wrap(affixes.wrap(quotes.wrap(textCase.wrap(stripPeriods.wrap(this::renderInternal))))).accept(ctx);
    }

    private void renderPage(String page, RenderContext ctx) {
        String delimiter = ctx.getTerm("page-range-delimiter");
        String pageRangeFormat = ctx.getStyle().getPageRangeFormat();
        final PageRangeFormatter.Format format;
        switch (pageRangeFormat == null ? "" : pageRangeFormat) {
            case "chicago":
            case "chicago-15":
                format = PageRangeFormatter.Format.CHICAGO15;
                break;

            case "chicago-16":
                format = PageRangeFormatter.Format.CHICAGO16;
                break;

            case "expanded":
                format = PageRangeFormatter.Format.EXPANDED;
                break;

            case "minimal":
                format = PageRangeFormatter.Format.MINIMAL;
                break;

            case "minimal-two":
                format = PageRangeFormatter.Format.MINIMAL2;
                break;

            default:
                format = null;
                break;
        }

        // PATCH 0010: only a range of two plain numbers (with the same
        // letter prefix, if any) is a range; anything else ("284-300.e7",
        // "1101A-1109A", "073101") is printed as given, as citeproc-js does
        // PATCH 0091: pages and ranges separated by "&" as well as ","
        Matcher separator = PAGE_LIST_SEPARATOR.matcher(page);
        int start = 0;
        while (separator.find()) {
            ctx.emit(formatPageRange(page.substring(start, separator.start()), format, delimiter),
                    TEXT, formattingAttributes);
            ctx.emit(separator.group(1).equals(",") ? ", " : " & ", TEXT, formattingAttributes);
            start = separator.end();
        }
        ctx.emit(formatPageRange(page.substring(start), format, delimiter), TEXT, formattingAttributes);
    }

    /**
     * PATCH 0091: a page or range printed as given, but with no white space
     * around a hyphen ("N110 - 5" prints "N110-5"), as citeproc-js does; also
     * a locator or number before it is parsed (PATCH 0092)
     * @param part the page or range, locator or number
     * @return the part as printed
     */
    private static String asGiven(String part) {
        // PATCH 0099: an escaped hyphen ("3\\-B") is printed as a plain hyphen
        return SingleHyphenedValue.unescape(SPACED_HYPHEN.matcher(part).replaceAll("-"));
    }

    /**
     * PATCH 0032: where the style gives no page-range-format, a range of two
     * parts that begin with digits, the first number greater than the
     * second ("1186.e1-5"), takes the page-range delimiter, as citeproc-js
     * does; other ranges of this shape ("284-300.e7") are printed as given
     * @param part the page or range
     * @param delimiter the page range delimiter
     * @return the range with the delimiter, or the part as given
     */
    private static String descendingPageRange(String part, String delimiter) {
        Matcher m = DIGIT_LED_PAGE_RANGE.matcher(part);
        if (m.matches() && new BigInteger(m.group(1)).compareTo(new BigInteger(m.group(3))) > 0) {
            return m.group(1) + m.group(2) + delimiter + m.group(3) + m.group(4);
        }
        return asGiven(part);
    }

    /**
     * PATCH 0010: format one page range, or return it as given if it is not
     * a range of two plain numbers
     * @param part the page or range
     * @param format the page range format (may be {@code null})
     * @param delimiter the page range delimiter
     * @return the formatted range
     */
    private static String formatPageRange(String part, PageRangeFormatter.Format format,
            String delimiter) {
        Matcher roman = ROMAN_PAGE_RANGE.matcher(part);
        if (roman.matches()) {
            return roman.group(1) + delimiter + roman.group(2);
        }
        Matcher m = PLAIN_PAGE_RANGE.matcher(part);
        // PATCH 0032: the second number must have the first one's prefix too ("e1-5" is printed as given)
        if (!m.matches() || !m.group(3).equals(m.group(1))) {
            return format == null ? descendingPageRange(part, delimiter) : asGiven(part);
        }
        String prefix = m.group(1);
        if (format == null) {
            return prefix + m.group(2) + delimiter + m.group(3) + m.group(4);
        }
        // the prefix is repeated only where the range is expanded ("S213–S235"),
        // not where the second number is shortened ("S12–15")
        String secondPrefix = format == PageRangeFormatter.Format.EXPANDED ? m.group(3) : "";
        StringBuilder result = new StringBuilder(prefix);
        for (PageRange r : PageParser.parse(m.group(2) + "-" + m.group(4))) {
            result.append(PageRangeFormatter.format(r, format, delimiter).replace(delimiter, delimiter + secondPrefix));
        }
        return result.toString();
    }

    /**
     * PATCH 0100: whether the value of the variable is a locator of pages
     * (its label "page" or none) that is one range of two plain numbers,
     * which citeproc-js writes in the style's page range format as it
     * writes the page variable ("pages 427&ndash;430" for "427-30" in an
     * "expanded" style)
     * @param value the value
     * @param ctx the render context
     * @return {@code true} if the value is a range of pages
     */
    private boolean isPageRangeLocator(String value, RenderContext ctx) {
        if (!"locator".equals(variable) || ctx.getCitationItem() == null) {
            return false;
        }
        CSLLabel label = ctx.getCitationItem().getLabel();
        return (label == null || label == CSLLabel.PAGE) && PLAIN_PAGE_RANGE.matcher(value.strip()).matches();
    }

    /**
     * PATCH 0098: write the text of a locator or number element, the "&"
     * between its numbers ("213 & 235") as the locale's "and" term in its
     * symbol form, as citeproc-js does
     * @param text the element's text
     * @param ctx the render context
     */
    private void emitNumberText(String text, RenderContext ctx) {
        Matcher ampersand = NUMBER_AMPERSAND.matcher(text);
        if (!ampersand.find()) {
            ctx.emit(SingleHyphenedValue.unescape(text), TEXT, formattingAttributes); // PATCH 0099
            return;
        }
        String and = " " + ctx.getTerm("and", LTerm.Form.SYMBOL) + " ";
        int start = 0;
        do {
            ctx.emit(text.substring(start, ampersand.start()), TEXT, formattingAttributes);
            ctx.emit(and, TEXT, formattingAttributes);
            start = ampersand.end();
        } while (ampersand.find());
        ctx.emit(text.substring(start), TEXT, formattingAttributes);
    }

    /**
     * PATCH 0090: the value of the element's variable as it is written: as
     * given here, in its form for a number element
     * @param value the variable's value
     * @param ctx the render context
     * @return the value to write
     */
    protected String formatNumber(String value, RenderContext ctx) {
        return value;
    }

    private void renderInternal(RenderContext ctx) {
        if (variable != null && !variable.isEmpty()) {
            // year-suffix is a special variable that is used to disambiguate
            // dates. Listeners should not be notified about it
            boolean ignoreListeners = variable.equals("year-suffix");

            String v = ctx.getStringVariable(variable, VariableForm.fromString(form),
                    ignoreListeners);
            if (v != null) {
                // PATCH 0090: a cs:number writes the value in its form
                v = formatNumber(v, ctx);
                switch (variable) {
                    case "page":
                        renderPage(v, ctx);
                        break;

                    case "locator":
                    case "number": {
                        // PATCH 0099: a value with an escaped hyphen ("327\\-30") is one number, as given
                        if (SingleHyphenedValue.hasEscapedHyphen(v)) {
                            ctx.emit(asGiven(v), TEXT, formattingAttributes);
                            break;
                        }
                        // PATCH 0100: a locator that is a range of pages takes the page range format
                        if (isPageRangeLocator(v, ctx)) {
                            renderPage(v, ctx);
                            break;
                        }
                        // PATCH 0092: no white space around a hyphen ("100 - 103" is "100–103")
                        List<NumberElement> elements = NumberParser.parse(asGiven(v));
                        for (int i = 0; i < elements.size(); ++i) {
                            NumberElement e = elements.get(i);
                            SLabel lastLabel = ctx.getLastLabelRendered();
                            if (i > 0 && lastLabel != null && e.getLabel() != null) {
                                // PATCH 0093: as citeproc-js renders a label given in the value
                                lastLabel.renderEmbedded(ctx, i);
                            }
                            emitNumberText(e.getText(), ctx); // PATCH 0098
                        }
                        break;
                    }

                    case "DOI":
                        ctx.emit(v, DOI, formattingAttributes);
                        break;

                    case "URL":
                        ctx.emit(v, URL, formattingAttributes);
                        break;

                    default: {
                        // PATCH 0035: CSL-JSON rich-text markup in the value
                        List<MarkupTextToken> pieces = FieldMarkup.tokens(v, formattingAttributes);
                        if (pieces.isEmpty()) {
                            ctx.emit(v, TEXT, formattingAttributes);
                        } else {
                            pieces.forEach(ctx::emit);
                        }
                        break;
                    }
                }
            }
        } else if (macro != null && !macro.isEmpty()) {
            SMacro sm = ctx.getMacro(macro);
            if (formattingAttributes == 0) {
                sm.render(ctx);
            } else {
                RenderContext tmp = new RenderContext(ctx);
                sm.render(tmp);
                ctx.emit(tmp.getResult(), formattingAttributes);
            }
        } else if (term != null && !term.isEmpty()) {
            String text = ctx.getTerm(term, LTerm.Form.fromString(form));
            // PATCH 0046: a term that a note style's citation renders first is capitalised
            if (!inTextStyle && ctx.getGeneratedCitations() != null && !ctx.isTextRenderedBefore()) {
                text = TitleCase.capitalizeFirst(text);
            }
            ctx.emit(text, formattingAttributes);
        } else if (value != null) {
            ctx.emit(value, formattingAttributes);
        }
    }
}
