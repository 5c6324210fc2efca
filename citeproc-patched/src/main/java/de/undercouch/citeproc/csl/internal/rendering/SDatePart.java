/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SDatePart.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SElement;
import de.undercouch.citeproc.csl.internal.behavior.Affixes;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.behavior.StripPeriods;
import de.undercouch.citeproc.csl.internal.behavior.TextCase;
import de.undercouch.citeproc.csl.internal.locale.LStyleOptions;
import de.undercouch.citeproc.csl.internal.locale.LTerm;
import de.undercouch.citeproc.helper.NodeHelper;
import org.apache.commons.lang3.StringUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.Objects;

/**
 * A date-part element from a style file
 * @author Michel Kraemer
 */
public class SDatePart implements SElement {
    private int[] date;

    private final String name;
    private final String form;
    private final Affixes affixes;
    private final int formattingAttributes;
    private final StripPeriods stripPeriods;
    private final String rangeDelimiter;
    // PATCH 0170: the element, to merge a style's overriding attributes into
    private final Node node;
    // PATCH 0170: the date-part's text-case (released 3.5.2 ignored it)
    private final TextCase textCase;

    /**
     * Creates the date-part element from an XML node
     * @param node the XML node
     */
    public SDatePart(Node node) {
        name = NodeHelper.getAttrValue(node, "name");
        if (name == null) {
            throw new IllegalStateException("Missing date part name");
        }
        if (!name.equals("year") && !name.equals("month") && !name.equals("day")) {
            throw new IllegalStateException("Unknown date part name: " + name);
        }

        form = NodeHelper.getAttrValue(node, "form");
        affixes = new Affixes(node);
        formattingAttributes = FormattingAttributes.of(node);
        stripPeriods = new StripPeriods(node);

        String rd = NodeHelper.getAttrValue(node, "range-delimiter");
        rangeDelimiter = Objects.requireNonNullElse(rd, "–");
        this.node = node;
        textCase = new TextCase(node);
    }

    /**
     * PATCH 0170: this localized date-part with the attributes a style's
     * date-part of the same name sets, except the affixes, which stay the
     * locale's (CSL 1.0.2, "Localized Date Formats")
     * @param override the style's date-part
     * @return the date-part with the overriding attributes
     */
    SDatePart overriddenBy(SDatePart override) {
        Element merged = (Element)node.cloneNode(false);
        NamedNodeMap attributes = override.node.getAttributes();
        for (int i = 0; i < attributes.getLength(); ++i) {
            Node a = attributes.item(i);
            if (!"prefix".equals(a.getNodeName()) && !"suffix".equals(a.getNodeName())) {
                merged.setAttribute(a.getNodeName(), a.getNodeValue());
            }
        }
        return new SDatePart(merged);
    }

    @Override
    public void render(RenderContext ctx) {
        affixes.wrap(textCase.wrap(stripPeriods.wrap(this::renderInternal))).accept(ctx); // PATCH 0170: text-case
    }

    private void renderInternal(RenderContext ctx) {
        String value = null;
        switch (name) {
            case "year":
                if (date.length > 0) {
                    value = renderYear(date[0], ctx);
                }
                break;

            case "month":
                if (date.length > 1) {
                    value = renderMonth(date[1], ctx);
                }
                break;

            case "day":
                if (date.length > 2) {
                    value = renderDay(date[2], ctx);
                }
                break;
        }

        if (value != null) {
            ctx.emit(value, formattingAttributes);
        }
    }

    private String renderYear(int year, RenderContext ctx) {
        // PATCH 0097: the year 0 ends an open range ("1987–"), as in citeproc-js
        if (year == 0) {
            return null;
        }
        if (year < 0) {
            return (-year) + ctx.getTerm("bc");
        } else if (year < 1000) {
            return year + ctx.getTerm("ad");
        }
        return String.valueOf(year);
    }

    private String renderMonth(int month, RenderContext ctx) {
        // PATCH 0095: CSL-JSON's months 13-16 and 21-24 are the seasons
        // PATCH 0171: so are 17-20, each four months counting round the
        // seasons again, as citeproc-js's normalizeMonth has it
        if (month >= 13 && month <= 24) {
            return ctx.getTerm("season-0" + ((month - 13) % 4 + 1));
        }
        String value;
        String p = StringUtils.leftPad(String.valueOf(month), 2, '0');
        if ("short".equals(form)) {
            value = ctx.getTerm("month-" + p, LTerm.Form.SHORT);
        } else if ("numeric".equals(form)) {
            value = String.valueOf(month);
        } else if ("numeric-leading-zeros".equals(form)) {
            value = p;
        } else {
            value = ctx.getTerm("month-" + p);
        }
        return value;
    }

    private String renderDay(int day, RenderContext ctx) {
        // PATCH 0094: the "ordinal" form of the day (released 3.5.2 ignored it),
        // only for the first day of a month where the locale's
        // limit-day-ordinals-to-day-1 says so, as citeproc-js does
        if ("ordinal".equals(form) && (day == 1 || !limitsDayOrdinalsToDay1(ctx))) {
            return NumberForm.ordinal(day, ctx);
        }
        String value = String.valueOf(day);
        if ("numeric-leading-zeros".equals(form)) {
            value = StringUtils.leftPad(value, 2, '0');
        }
        return value;
    }

    /**
     * PATCH 0094: whether the locale writes only the first day of a month as
     * an ordinal
     * @param ctx the render context
     * @return the locale's limit-day-ordinals-to-day-1 option
     */
    private static boolean limitsDayOrdinalsToDay1(RenderContext ctx) {
        LStyleOptions options = ctx.getLocale().getStyleOptions();
        return options != null && options.isLimitDayOrdinalsToDay1();
    }

    /**
     * Get the name of the date part to render (i.e. {@code year}, {@code month},
     * or {@code day})
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Set the date to render
     * @param date the date
     */
    public void setDate(int[] date) {
        this.date = date;
    }

    /**
     * Get the delimiter to use to express ranges between this date part and
     * another one with the same name (i.e. between two years, two months,
     * or two days). The default delimiter is an en-dash.
     * @return the delimiter (never {@code null})
     */
    public String getRangeDelimiter() {
        return rangeDelimiter;
    }
}
