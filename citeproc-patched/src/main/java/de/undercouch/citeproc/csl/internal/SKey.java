/*
 * Patched copy of de/undercouch/citeproc/csl/internal/SKey.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.rendering.DateSortKey;
import de.undercouch.citeproc.csl.internal.rendering.NameSortKey;
import de.undercouch.citeproc.csl.internal.rendering.SNameInheritableAttributes;
import de.undercouch.citeproc.csl.internal.rendering.SRenderingElement;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

import java.util.Arrays;
import java.util.List;

/**
 * A sort key inside a sort element
 * @author Michel Kraemer
 */
public class SKey implements SRenderingElement {
    private final String macro;
    private final String variable;
    private final int sort;
    private final Integer namesMin; // PATCH 0041
    private final Integer namesUseFirst; // PATCH 0041
    private final Boolean namesUseLast; // PATCH 0079

    /**
     * Creates the key from an XML node
     * @param node the XML node
     */
    public SKey(Node node) {
        macro = NodeHelper.getAttrValue(node, "macro");
        variable = NodeHelper.getAttrValue(node, "variable");

        namesMin = NodeHelper.getAttrValueInt(node, "names-min", null); // PATCH 0041
        namesUseFirst = NodeHelper.getAttrValueInt(node, "names-use-first", null); // PATCH 0041
        String useLast = NodeHelper.getAttrValue(node, "names-use-last"); // PATCH 0079
        namesUseLast = useLast == null ? null : Boolean.valueOf(useLast);

        String strSort = NodeHelper.getAttrValue(node, "sort");
        if ("descending".equals(strSort)) {
            sort = -1;
        } else {
            sort = 1;
        }
    }

    /**
     * Get the sort direction
     * @return the sort direction ({@code 1} for ascending and {@code -1} for
     * descending)
     */
    public int getSort() {
        return sort;
    }

    /**
     * PATCH 0041: get the key's {@code names-min} option, which replaces
     * {@code et-al-min} for the names of the key
     * @return the option, or {@code null} if the key has none
     */
    public Integer getNamesMin() {
        return namesMin;
    }

    /**
     * PATCH 0041: get the key's {@code names-use-first} option, which replaces
     * {@code et-al-use-first} for the names of the key
     * @return the option, or {@code null} if the key has none
     */
    public Integer getNamesUseFirst() {
        return namesUseFirst;
    }

    /**
     * PATCH 0079: whether the names of the key end in the last name, as
     * et-al-use-last asks: the key's {@code names-use-last} option replaces
     * the et-al-use-last that applies otherwise
     * @param etAlUseLast the et-al-use-last option that applies otherwise
     * @return {@code true} if the last name is kept
     */
    public boolean usesLast(Boolean etAlUseLast) {
        return Boolean.TRUE.equals(namesUseLast != null ? namesUseLast : etAlUseLast);
    }

    @Override
    public void render(RenderContext ctx) {
        if (macro != null) {
            ctx.getMacro(macro).render(ctx);
        } else if (variable != null) {
            // PATCH 0041: a name variable gives its names in sort order
            CSLName[] names = ctx.getNameVariable(variable);
            if (names != null) {
                SNameInheritableAttributes ia = ctx.getInheritedNameAttributes();
                ctx.emit(NameSortKey.of(Arrays.asList(names), etAlMax(names.length, ia.getEtAlMin(),
                        ia.getEtAlUseFirst()), false, false, null, true,
                        ctx.getStyle().getDemoteNonDroppingParticle()));
                return;
            }
            // PATCH 0043: a date variable gives its sort key value
            if (ctx.getVariable(variable, true) instanceof CSLDate) {
                CSLDate date = ctx.getDateVariable(variable);
                ctx.emit(DateSortKey.of(date.getDateParts(), List.of("year", "month", "day")));
                return;
            }
            String v = ctx.getStringVariable(variable);
            if (v != null && !v.isEmpty()) {
                ctx.emit(v);
            }
        }
    }

    /**
     * PATCH 0041: how many names of a list the key keeps: the key's
     * {@code names-min} and {@code names-use-first} replace the given
     * et-al options
     * @param count the number of names
     * @param etAlMin the et-al-min option that applies otherwise
     * @param etAlUseFirst the et-al-use-first option that applies otherwise
     * @return the number of names to keep, or -1 for all
     */
    public int etAlMax(int count, Integer etAlMin, Integer etAlUseFirst) {
        Integer min = namesMin != null ? namesMin : etAlMin;
        Integer useFirst = namesUseFirst != null ? namesUseFirst : etAlUseFirst;
        return min != null && useFirst != null && count >= min ? useFirst : -1;
    }
}
