/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SNameInheritableAttributes.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.behavior.Behavior;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Attributes for a name element that can also be inherited from a style,
 * citation, or bibliography element.
 * @author Michel Kraemer
 */
public class SNameInheritableAttributes implements Behavior {
    private static final String DEFAULT_AND = null;
    private static final String DEFAULT_DELIMITER_PRECEDES_ET_AL = "contextual";
    private static final String DEFAULT_DELIMITER_PRECEDES_LAST = "contextual";
    private static final boolean DEFAULT_INITIALIZE = true;
    private static final String DEFAULT_INITIALIZE_WITH = null;
    private static final String DEFAULT_NAME_AS_SORT_ORDER = null;
    private static final String DEFAULT_SORT_SEPARATOR = ", ";
    private static final Integer DEFAULT_ET_AL_MIN = null;
    private static final Integer DEFAULT_ET_AL_USE_FIRST = null;

    private final String and;
    private final String delimiterPrecedesEtAl;
    private final String delimiterPrecedesLast;
    private final boolean initialize;
    private final String initializeWith;
    private final String nameAsSortOrder;
    private final String sortSeparator;
    private final Integer etAlMin;
    private final Integer etAlUseFirst;
    // private final Integer etAlUseLast;
    // private final Integer etAlUseSubsequentMin;
    // private final Integer etAlUseSubsequentUseFirst;
    private final boolean hasInheritableAttributes;
    // PATCH 0025: name-delimiter, name-form and names-delimiter, which
    // cs:style, cs:citation and cs:bibliography give to cs:name (as its
    // delimiter and form) and to cs:names (as its delimiter)
    private String nameDelimiter;
    private String nameForm;
    private String namesDelimiter;
    // PATCH 0044: et-al-use-last
    private Boolean etAlUseLast;
    // PATCH 0161: et-al-subsequent-min and et-al-subsequent-use-first
    private Integer etAlSubsequentMin;
    private Integer etAlSubsequentUseFirst;

    public SNameInheritableAttributes(Node node) {
        String and;
        boolean initialize;
        String initializeWith;
        String nameAsSortOrder;
        String delimiterPrecedesEtAl;
        String delimiterPrecedesLast;
        String sortSeparator;
        Integer etAlMin;
        Integer etAlUseFirst;

        if (node != null) {
            and = NodeHelper.getAttrValue(node, "and");
            initialize = NodeHelper.getAttrValueBool(node, "initialize", DEFAULT_INITIALIZE);
            initializeWith = NodeHelper.getAttrValue(node, "initialize-with");
            nameAsSortOrder = NodeHelper.getAttrValue(node, "name-as-sort-order");
            delimiterPrecedesEtAl = NodeHelper.getAttrValue(node,
                    "delimiter-precedes-et-al");
            delimiterPrecedesLast = NodeHelper.getAttrValue(node,
                    "delimiter-precedes-last");
            sortSeparator = NodeHelper.getAttrValue(node, "sort-separator");
            etAlMin = NodeHelper.getAttrValueInt(node, "et-al-min",
                    DEFAULT_ET_AL_MIN);
            etAlUseFirst = NodeHelper.getAttrValueInt(node, "et-al-use-first",
                    DEFAULT_ET_AL_USE_FIRST);
            nameDelimiter = NodeHelper.getAttrValue(node, "name-delimiter"); // PATCH 0025
            nameForm = NodeHelper.getAttrValue(node, "name-form");
            namesDelimiter = NodeHelper.getAttrValue(node, "names-delimiter");
            String useLast = NodeHelper.getAttrValue(node, "et-al-use-last"); // PATCH 0044
            etAlUseLast = useLast == null ? null : Boolean.valueOf(useLast);
            etAlSubsequentMin = NodeHelper.getAttrValueInt(node, "et-al-subsequent-min", null); // PATCH 0161
            etAlSubsequentUseFirst = NodeHelper.getAttrValueInt(node, "et-al-subsequent-use-first", null);
        } else {
            and = DEFAULT_AND;
            initialize = DEFAULT_INITIALIZE;
            initializeWith = DEFAULT_INITIALIZE_WITH;
            nameAsSortOrder = DEFAULT_NAME_AS_SORT_ORDER;
            delimiterPrecedesEtAl = null;
            delimiterPrecedesLast = null;
            sortSeparator = null;
            etAlMin = DEFAULT_ET_AL_MIN;
            etAlUseFirst = DEFAULT_ET_AL_USE_FIRST;
        }

        if (delimiterPrecedesEtAl == null) {
            delimiterPrecedesEtAl = DEFAULT_DELIMITER_PRECEDES_ET_AL;
        }

        if (delimiterPrecedesLast == null) {
            delimiterPrecedesLast = DEFAULT_DELIMITER_PRECEDES_LAST;
        }

        if (sortSeparator == null) {
            sortSeparator = DEFAULT_SORT_SEPARATOR;
        }

        this.and = and;
        this.delimiterPrecedesEtAl = delimiterPrecedesEtAl;
        this.delimiterPrecedesLast = delimiterPrecedesLast;
        this.initialize = initialize;
        this.initializeWith = initializeWith;
        this.nameAsSortOrder = nameAsSortOrder;
        this.sortSeparator = sortSeparator;
        this.etAlMin = etAlMin;
        this.etAlUseFirst = etAlUseFirst;
        hasInheritableAttributes = determineHasInheritableAttributes(this);
    }

    public SNameInheritableAttributes(String and,
            String delimiterPrecedesEtAl, String delimiterPrecedesLast,
            boolean initialize, String initializeWith, String nameAsSortOrder,
            String sortSeparator, Integer etAlMin, Integer etAlUseFirst) {
        this.and = and;
        this.delimiterPrecedesEtAl = delimiterPrecedesEtAl;
        this.delimiterPrecedesLast = delimiterPrecedesLast;
        this.initialize = initialize;
        this.initializeWith = initializeWith;
        this.nameAsSortOrder = nameAsSortOrder;
        this.sortSeparator = sortSeparator;
        this.etAlMin = etAlMin;
        this.etAlUseFirst = etAlUseFirst;
        hasInheritableAttributes = determineHasInheritableAttributes(this);
    }

    private static boolean determineHasInheritableAttributes(SNameInheritableAttributes nia) {
        return nia.nameDelimiter != null || nia.nameForm != null || nia.namesDelimiter != null || // PATCH 0025
                nia.etAlUseLast != null || // PATCH 0044
                nia.etAlSubsequentMin != null || nia.etAlSubsequentUseFirst != null || // PATCH 0161
                !Objects.equals(nia.and, DEFAULT_AND) ||
                nia.initialize != DEFAULT_INITIALIZE ||
                !Objects.equals(nia.initializeWith, DEFAULT_INITIALIZE_WITH) ||
                !Objects.equals(nia.nameAsSortOrder, DEFAULT_NAME_AS_SORT_ORDER) ||
                !Objects.equals(nia.delimiterPrecedesEtAl, DEFAULT_DELIMITER_PRECEDES_ET_AL) ||
                !Objects.equals(nia.delimiterPrecedesLast, DEFAULT_DELIMITER_PRECEDES_LAST) ||
                !Objects.equals(nia.sortSeparator, DEFAULT_SORT_SEPARATOR) ||
                !Objects.equals(nia.etAlMin, DEFAULT_ET_AL_MIN) ||
                !Objects.equals(nia.etAlUseFirst, DEFAULT_ET_AL_USE_FIRST);
    }

    public String getAnd() {
        return and;
    }

    public String getDelimiterPrecedesEtAl() {
        return delimiterPrecedesEtAl;
    }

    public String getDelimiterPrecedesLast() {
        return delimiterPrecedesLast;
    }

    public boolean isInitialize() {
        return initialize;
    }

    public String getInitializeWith() {
        return initializeWith;
    }

    public String getNameAsSortOrder() {
        return nameAsSortOrder;
    }

    public String getSortSeparator() {
        return sortSeparator;
    }

    public Integer getEtAlMin() {
        return etAlMin;
    }

    public Integer getEtAlUseFirst() {
        return etAlUseFirst;
    }

    public SNameInheritableAttributes merge(SNameInheritableAttributes override) {
        if (override == null || !override.hasInheritableAttributes) {
            return this;
        }

        String and = this.and;
        if (!Objects.equals(override.and, DEFAULT_AND)) {
            and = override.and;
        }

        boolean initialize = this.initialize;
        if (override.initialize != DEFAULT_INITIALIZE) {
            initialize = override.initialize;
        }

        String initializeWith = this.initializeWith;
        if (!Objects.equals(override.initializeWith, DEFAULT_INITIALIZE_WITH)) {
            initializeWith = override.initializeWith;
        }

        String nameAsSortOrder = this.nameAsSortOrder;
        if (!Objects.equals(override.nameAsSortOrder, DEFAULT_NAME_AS_SORT_ORDER)) {
            nameAsSortOrder = override.nameAsSortOrder;
        }

        String delimiterPrecedesEtAl = this.delimiterPrecedesEtAl;
        if (!Objects.equals(override.delimiterPrecedesEtAl, DEFAULT_DELIMITER_PRECEDES_ET_AL)) {
            delimiterPrecedesEtAl = override.delimiterPrecedesEtAl;
        }

        String delimiterPrecedesLast = this.delimiterPrecedesLast;
        if (!Objects.equals(override.delimiterPrecedesLast, DEFAULT_DELIMITER_PRECEDES_LAST)) {
            delimiterPrecedesLast = override.delimiterPrecedesLast;
        }

        String sortSeparator = this.sortSeparator;
        if (!Objects.equals(override.sortSeparator, DEFAULT_SORT_SEPARATOR)) {
            sortSeparator = override.sortSeparator;
        }

        Integer etAlMin = this.etAlMin;
        if (!Objects.equals(override.etAlMin, DEFAULT_ET_AL_MIN)) {
            etAlMin = override.etAlMin;
        }

        Integer etAlUseFirst = this.etAlUseFirst;
        if (!Objects.equals(override.etAlUseFirst, DEFAULT_ET_AL_USE_FIRST)) {
            etAlUseFirst = override.etAlUseFirst;
        }

        SNameInheritableAttributes merged = new SNameInheritableAttributes(and, delimiterPrecedesEtAl,
                delimiterPrecedesLast, initialize, initializeWith, nameAsSortOrder,
                sortSeparator, etAlMin, etAlUseFirst);
        merged.etAlUseLast = override.etAlUseLast != null ? override.etAlUseLast : etAlUseLast; // PATCH 0044
        mergeSubsequent(merged, override); // PATCH 0161
        return mergeListOptions(merged, override); // PATCH 0025
    }

    /**
     * PATCH 0161: give merged attributes the et-al-subsequent options of this object, overridden by
     * those that {@code override} sets
     */
    private void mergeSubsequent(SNameInheritableAttributes merged, SNameInheritableAttributes override) {
        merged.etAlSubsequentMin = override.etAlSubsequentMin != null
                ? override.etAlSubsequentMin : etAlSubsequentMin;
        merged.etAlSubsequentUseFirst = override.etAlSubsequentUseFirst != null
                ? override.etAlSubsequentUseFirst : etAlSubsequentUseFirst;
    }

    /**
     * PATCH 0161: the et-al-min option for a cite at a position, as citeproc-js: a cite that is not
     * the first of its item takes et-al-subsequent-min where one is given
     * @param subsequent whether the cite is not the first of its item
     * @return the option, or {@code null} if not given
     */
    public Integer getEtAlMin(boolean subsequent) {
        return subsequent && etAlSubsequentMin != null ? etAlSubsequentMin : etAlMin;
    }

    /**
     * PATCH 0161: the et-al-use-first option for a cite at a position, as {@link #getEtAlMin(boolean)}
     * @param subsequent whether the cite is not the first of its item
     * @return the option, or {@code null} if not given
     */
    public Integer getEtAlUseFirst(boolean subsequent) {
        return subsequent && etAlSubsequentUseFirst != null ? etAlSubsequentUseFirst : etAlUseFirst;
    }

    /**
     * PATCH 0044: get the et-al-use-last option
     * @return {@code true} if a list that et-al cuts ends in an ellipsis and
     * its last name, or {@code null} if not given
     */
    public Boolean getEtAlUseLast() {
        return etAlUseLast;
    }

    /**
     * PATCH 0025: give merged attributes the list options of this object,
     * overridden by those that {@code override} sets
     * @param merged the merged attributes
     * @param override the overriding attributes
     * @return {@code merged}
     */
    private SNameInheritableAttributes mergeListOptions(SNameInheritableAttributes merged,
            SNameInheritableAttributes override) {
        merged.nameDelimiter = override.nameDelimiter != null ? override.nameDelimiter : nameDelimiter;
        merged.nameForm = override.nameForm != null ? override.nameForm : nameForm;
        merged.namesDelimiter = override.namesDelimiter != null ? override.namesDelimiter : namesDelimiter;
        return merged;
    }

    /**
     * PATCH 0025: get the inherited name-delimiter option
     * @return the delimiter between names, or {@code null} if not given
     */
    public String getNameDelimiter() {
        return nameDelimiter;
    }

    /**
     * PATCH 0025: get the inherited name-form option
     * @return the form of names ("long", "short" or "count"), or {@code null} if not given
     */
    public String getNameForm() {
        return nameForm;
    }

    /**
     * PATCH 0025: get the inherited names-delimiter option
     * @return the delimiter between the name variables of cs:names, or {@code null} if not given
     */
    public String getNamesDelimiter() {
        return namesDelimiter;
    }

    @Override
    public void accept(Consumer<RenderContext> renderFunction, RenderContext ctx) {
        if (hasInheritableAttributes) {
            SNameInheritableAttributes ia = ctx.getInheritedNameAttributes().merge(this);
            RenderContext tmp = new RenderContext(ctx, ia);
            renderFunction.accept(tmp);
            ctx.emit(tmp.getResult());
        } else {
            renderFunction.accept(ctx);
        }
    }
}
