/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SDate.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.behavior.Affixes;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.locale.LDate;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.NodeHelper;
import de.undercouch.citeproc.helper.time.AnyDateParser;
import org.apache.commons.lang3.ArrayUtils;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.DELIMITER;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.PREFIX;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.SUFFIX;

/**
 * A date element from a style file
 * @author Michel Kraeemr
 */
public class SDate implements SRenderingElement {
    private final static String[] NAMES = new String[] { "year", "month", "day" };
    private final String variable;
    private final String form;
    private final String datePartsAttr;
    private final List<SDatePart> dateParts = new ArrayList<>();
    private final Affixes affixes;
    private final int formattingAttributes;
    // PATCH 0006: the delimiter between the date-parts of a non-localized date
    private final String delimiter;

    /**
     * Creates the date element from an XML node
     * @param node the XML node
     */
    public SDate(Node node) {
        variable = NodeHelper.getAttrValue(node, "variable");
        if (variable == null || variable.isEmpty()) {
            throw new IllegalStateException("Date element does not select a variable");
        }

        String form = NodeHelper.getAttrValue(node, "form");
        if (!"text".equals(form) && !"numeric".equals(form)) {
            form = null;
        }
        this.form = form;

        if (this.form != null) {
            String datePartsAttr = NodeHelper.getAttrValue(node, "date-parts");
            if ("year-month-day".equals(datePartsAttr) ||
                    "year-month".equals(datePartsAttr) ||
                    "year".equals(datePartsAttr)) {
                this.datePartsAttr = datePartsAttr;
            } else {
                this.datePartsAttr = "year-month-day";
            }
        } else {
            this.datePartsAttr = null;
        }

        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); ++i) {
            Node c = children.item(i);
            String nodeName = c.getNodeName();
            if ("date-part".equals(nodeName)) {
                dateParts.add(new SDatePart(c));
            }
        }

        affixes = new Affixes(node);
        formattingAttributes = FormattingAttributes.of(node);
        delimiter = NodeHelper.getAttrValue(node, "delimiter");
    }

    /**
     * PATCH 0043: the date-parts of a raw date (the parsing formerly inline
     * in {@link #renderInternal(RenderContext)})
     * @param raw the raw date
     * @param ctx the render context
     * @return the date-parts, or {@code null} if the raw date has no year
     * @throws IllegalArgumentException if the raw date cannot be parsed
     */
    private static int[][] parseRaw(String raw, RenderContext ctx) {
        // try to parse raw date
        TemporalAccessor ta = AnyDateParser.parse(raw, ctx.getLocale().getLang());
        if (!ta.isSupported(ChronoField.YEAR)) {
            return null;
        }
        if (!ta.isSupported(ChronoField.MONTH_OF_YEAR)) {
            return new int[][] {{ ta.get(ChronoField.YEAR) }};
        }
        if (!ta.isSupported(ChronoField.DAY_OF_MONTH)) {
            return new int[][] {{ ta.get(ChronoField.YEAR), ta.get(ChronoField.MONTH_OF_YEAR) }};
        }
        return new int[][] {{ ta.get(ChronoField.YEAR), ta.get(ChronoField.MONTH_OF_YEAR),
                ta.get(ChronoField.DAY_OF_MONTH) }};
    }

    /**
     * PATCH 0043: the names of the date-parts this element renders
     * @param ctx the render context
     * @return the names ("year", "month", "day")
     */
    private List<String> renderedPartNames(RenderContext ctx) {
        if (form != null) {
            return List.of(NAMES).subList(0, datePartsAttr.split("-").length);
        }
        return dateParts.stream().map(SDatePart::getName).toList();
    }

    @Override
    public void render(RenderContext ctx) {
        affixes.wrap(this::renderInternal).accept(ctx);
    }

    private void renderInternal(RenderContext ctx) {
        // fetch date variable but don't notify listeners until we know
        // if we need to render anything or not
        // PATCH 0109: as in citeproc-js, cites are told apart without their accessed dates
        CSLDate date = "accessed".equals(variable) && ctx.getDisambiguation().isTellingCitesApart()
                ? null : ctx.getDateVariable(variable, true);

        if (date == null) {
            // notify listeners that the variable was empty
            ctx.getVariableListeners().forEach(v -> v.onFetchDateVariable(variable, null));
            return;
        }

        int[][] dps = date.getDateParts();
        String literal = date.getLiteral();
        // PATCH 0172: empty date-parts beside a raw date are no date-parts
        if ((dps == null || dps.length == 0) && date.getRaw() != null) {
            try {
                dps = parseRaw(date.getRaw(), ctx); // PATCH 0043: a method of its own
            } catch (IllegalArgumentException e) {
                if (literal == null) {
                    literal = date.getRaw();
                }
            }
        }

        // PATCH 0043: in a sort key, the date gives its sort key value
        if (ctx.getSortKey() != null) {
            ctx.emit(DateSortKey.of(dps, renderedPartNames(ctx)));
            return;
        }

        dps = withSeason(dps, date.getSeason()); // PATCH 0096

        boolean notifyListenersEmpty = true;
        if (dps != null && dps.length > 0) {
            int[] first = dps[0];
            int[] last = dps[dps.length - 1];
            if (first.length != last.length) {
                throw new IllegalStateException("Elements in date range must " +
                        "have the same length");
            }

            // Perform an algorithm that merges dates in date ranges. For
            // example, the dates [2019-12-14, 2019-12-24] will be merged to
            // "14-24 December 2019", [2019-01-01, 2019-12-31] will be merged
            // to "01 January-31 December 2019", and [2018-01-01, 2019-12-31]
            // will be merged to "01 January 2018-31 December 2019". This
            // algorithm also works if the date to render is not a range.
            RenderContext left = new RenderContext(ctx);
            RenderContext right = new RenderContext(ctx);
            RenderContext result = new RenderContext(ctx);

            String datePartDelimiter = null;
            List<SDatePart> dateParts;
            if (form != null && ctx.getLocale().getDateFormats() != null) {
                dateParts = new ArrayList<>();
                LDate d = ctx.getLocale().getDateFormats().get(form);
                if (d != null) {
                    for (SDatePart localized : d.getDateParts()) {
                        SDatePart datePart = overridden(localized); // PATCH 0170
                        if ("year".equals(datePart.getName())) {
                            dateParts.add(datePart);
                        } else if ("month".equals(datePart.getName()) &&
                                ("year-month-day".equals(datePartsAttr) ||
                                        "year-month".equals(datePartsAttr))) {
                            dateParts.add(datePart);
                        } else if ("day".equals(datePart.getName()) &&
                                "year-month-day".equals(datePartsAttr)) {
                            dateParts.add(datePart);
                        }
                    }
                    datePartDelimiter = d.getDelimiter();
                }
            } else {
                dateParts = this.dateParts;
                datePartDelimiter = delimiter; // PATCH 0006
            }

            String rangeDelimiter = "–";
            for (SDatePart dp : dateParts) {
                // determine which part to render
                int len = ArrayUtils.indexOf(NAMES, dp.getName());

                // merge if there are more, less significant parts
                boolean shouldMerge = first.length > len;

                // but do not merge if the more significant parts differ
                // from each other, because in this case, we would have to
                // merge at their position
                if (shouldMerge) {
                    for (int i = 0; i <= len; ++i) {
                        if (first[i] != last[i]) {
                            shouldMerge = false;
                            break;
                        }
                    }
                }

                if (shouldMerge) {
                    // merge by appending left and right to the result
                    if (datePartDelimiter != null && !result.getResult().isEmpty() &&
                            (!left.getResult().isEmpty() || !right.getResult().isEmpty())) {
                        result.emit(datePartDelimiter, DELIMITER);
                    }
                    merge(left, right, result, rangeDelimiter, false);

                    // reset left and right
                    left = new RenderContext(ctx);
                    right = new RenderContext(ctx);
                    rangeDelimiter = "–";

                    // render the current part
                    renderPart(dp, first, result, datePartDelimiter);
                } else {
                    // push first and last date to buffers until we merge them
                    renderPart(dp, first, left, datePartDelimiter);
                    renderPart(dp, last, right, datePartDelimiter);

                    rangeDelimiter = dp.getRangeDelimiter();
                }
            }

            // merge anything that is left
            if (datePartDelimiter != null && !result.getResult().isEmpty() &&
                    (!left.getResult().isEmpty() || !right.getResult().isEmpty())) {
                result.emit(datePartDelimiter, DELIMITER);
            }
            // PATCH 0097: a range that ends in the year 0 is open ("1987–")
            merge(left, right, result, rangeDelimiter, last.length > 0 && last[0] == 0);

            // emit the final result
            notifyListenersEmpty = result.getResult().isEmpty();
            ctx.emit(result.getResult(), formattingAttributes);
        } else if (literal != null) {
            notifyListenersEmpty = literal.isEmpty();
            ctx.emit(literal, formattingAttributes);
        }

        if (notifyListenersEmpty) {
            // notify listeners that we did not render anything
            ctx.getVariableListeners().forEach(v -> v.onFetchDateVariable(variable, null));
        } else {
            // notify listeners that we actually rendered something
            ctx.getVariableListeners().forEach(v -> v.onFetchDateVariable(variable, date));
        }
    }

    /**
     * PATCH 0170: a localized date-part with the attributes of this style
     * date's date-part of the same name (form, text-case, formatting...),
     * as the CSL specification and citeproc-js have it
     * @param localized the locale's date-part
     * @return the date-part to render
     */
    private SDatePart overridden(SDatePart localized) {
        for (SDatePart own : dateParts) {
            if (own.getName().equals(localized.getName())) {
                return localized.overriddenBy(own);
            }
        }
        return localized;
    }

    /**
     * PATCH 0096: a date of a year alone with CSL-JSON's "season" (1 to 4)
     * shows the season where the month would be, as citeproc-js does: the
     * season becomes the month 21 to 24, which the date-part writes with the
     * locale's season term (PATCH 0095)
     * @param dps the date's parts (may be {@code null})
     * @param season the date's season (may be {@code null})
     * @return the date's parts with the season as its month, or as given
     */
    private static int[][] withSeason(int[][] dps, String season) {
        if (dps == null || dps.length != 1 || dps[0].length != 1 || season == null
                || !season.trim().matches("[1-4]")) {
            return dps;
        }
        return new int[][] { { dps[0][0], 20 + Integer.parseInt(season.trim()) } };
    }

    /**
     * PATCH 0006: render a date-part, after the delimiter if both the part
     * and what precedes it are not empty (a missing month or day leaves no
     * delimiter behind)
     * @param dp the date-part
     * @param date the date to render
     * @param target the context to render into
     * @param delimiter the delimiter (may be {@code null})
     */
    private void renderPart(SDatePart dp, int[] date, RenderContext target,
            String delimiter) {
        RenderContext part = new RenderContext(target);
        dp.setDate(date);
        dp.render(part);
        if (part.getResult().isEmpty()) {
            return;
        }
        if ("year".equals(dp.getName())) {
            appendImplicitYearSuffix(part, variable); // PATCH 0018
        }
        if (delimiter != null && !target.getResult().isEmpty()) {
            target.emit(delimiter, DELIMITER);
        }
        target.emit(part.getResult());
    }

    /**
     * PATCH 0018: append the item's year-suffix to a rendered year where the
     * style never renders the year-suffix variable and this is the first year
     * of the issued date in the cite
     * @param year the context holding the rendered year
     * @param variable the date variable
     */
    private static void appendImplicitYearSuffix(RenderContext year, String variable) {
        String suffix = year.takeImplicitYearSuffix(variable);
        if (suffix != null) {
            year.emit(suffix);
        }
    }

    /**
     * Merge two token buffers by appending them to a result buffer and using
     * the given delimiter
     * @param left a render context holding the first token buffer
     * @param right a render context holding the second token buffer
     * @param result a render context holding the result buffer
     * @param delimiter the delimiter to put between {@code left} and
     * {@code right}
     * @param openEnd PATCH 0097: whether the range is open, so that the
     * delimiter follows {@code left} when {@code right} is empty
     */
    private void merge(RenderContext left, RenderContext right,
            RenderContext result, String delimiter, boolean openEnd) {
        if (!left.getResult().isEmpty() && !right.getResult().isEmpty()) {
            // append all tokens from the first buffer to the result but trim
            // the last suffix
            List<Token> leftTokens = left.getResult().getTokens();
            for (int i = leftTokens.size(); i > 0; --i) {
                Token t = leftTokens.get(i - 1);
                if (t instanceof TextToken) {
                    if (((TextToken)t).getType() == SUFFIX) {
                        leftTokens.remove(i - 1);
                    }
                    break;
                }
            }
            for (Token t : leftTokens) {
                result.emit(t);
            }

            // render delimiter
            result.emit(delimiter, DELIMITER);

            // append all tokens from the second buffer to the result but trim
            // the first prefix
            List<Token> rightTokens = right.getResult().getTokens();
            for (int i = 0; i < rightTokens.size(); ++i) {
                Token t = rightTokens.get(i);
                if (t instanceof TextToken) {
                    if (((TextToken)t).getType() == PREFIX) {
                        rightTokens.remove(i);
                    }
                    break;
                }
            }
            for (Token t : rightTokens) {
                result.emit(t);
            }
        } else if (!left.getResult().isEmpty()) {
            // second buffer is empty. only render the first one.
            result.emit(left.getResult());
            // PATCH 0097: and the range delimiter after it if the range is open
            if (openEnd) {
                result.emit(delimiter, DELIMITER);
            }
        } else if (!right.getResult().isEmpty()) {
            // first buffer is empty. only render the second one.
            result.emit(right.getResult());
        }
    }
}
