/*
 * Part of the living-review project's patch 0135 of citeproc-java 3.5.2 (docs/citations.md), written to be
 * offered upstream under citeproc-java's licence, the Apache License 2.0.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * PATCH 0135: the bibliography's {@code subsequent-author-substitute}: the
 * names of the first {@code cs:names} of an entry that repeat those of the
 * entry before are replaced by the given text, by the
 * {@code subsequent-author-substitute-rule}, as citeproc-js does. One
 * instance follows one bibliography from entry to entry.
 * @author living-review
 */
public final class SubsequentAuthorSubstitute {
    private final String substitute;
    private final String rule;

    // the names (or text) of the last entry whose first names rendered
    private List<String> previous = List.of();
    // whether the entry being rendered has not yet met its first cs:names
    private boolean entryOpen;
    // while the first cs:names renders: the names rendered so far, or null
    private List<String> rendered;
    // how many leading names the second rendering replaces (0: none)
    private int replaced;
    // whether the whole list is replaced by one substitute (complete-all)
    private boolean whole;
    // the index in the list of the cs:names element of the next name rendered
    private int position;

    private SubsequentAuthorSubstitute(String substitute, String rule) {
        this.substitute = substitute;
        this.rule = rule == null ? "complete-all" : rule;
    }

    /**
     * A new follower for one bibliography, if the bibliography element asks
     * for a substitute
     * @param bibliography the {@code cs:bibliography} node
     * @return the follower, or {@code null} if the style gives no substitute
     */
    public static SubsequentAuthorSubstitute of(Node bibliography) {
        String substitute = NodeHelper.getAttrValue(bibliography, "subsequent-author-substitute");
        if (substitute == null) {
            return null;
        }
        return new SubsequentAuthorSubstitute(substitute,
                NodeHelper.getAttrValue(bibliography, "subsequent-author-substitute-rule"));
    }

    /**
     * A copy that starts a new bibliography (no entry before)
     * @return the copy
     */
    public SubsequentAuthorSubstitute start() {
        return new SubsequentAuthorSubstitute(substitute, rule);
    }

    /**
     * Begin the next entry of the bibliography
     */
    public void startEntry() {
        entryOpen = true;
    }

    /**
     * Render the first {@code cs:names} of an entry: once to learn its names
     * (or, where it substitutes a text, that text), then, if they repeat the
     * entry before's, again with them replaced. A later {@code cs:names} of
     * the entry renders as it is.
     * @param ctx the context to render into
     * @param names renders the {@code cs:names} element
     */
    void render(RenderContext ctx, Consumer<RenderContext> names) {
        if (!entryOpen || ctx.getSortKey() != null) {
            names.accept(ctx);
            return;
        }
        entryOpen = false;
        rendered = new ArrayList<>();
        position = 0;
        Set<String> suppressedBefore = ctx.getSuppressedVariables(); // PATCH 0082
        RenderContext first = new RenderContext(ctx);
        names.accept(first);
        List<String> current = rendered;
        rendered = null;
        if (first.getResult().isEmpty()) {
            return;
        }
        boolean text = current.isEmpty();
        if (text) {
            current = List.of(first.getResult().toString());
        }
        int repeated = repeated(current);
        previous = current;
        if (repeated == 0) {
            ctx.emit(first.getResult());
        } else if (text) {
            ctx.emit(substitute);
        } else {
            replaced = repeated;
            whole = "complete-all".equals(rule);
            position = 0;
            // PATCH 0082: what the first rendering substituted is rendered again
            ctx.restoreSuppressedVariables(suppressedBefore);
            names.accept(ctx);
            replaced = 0;
        }
    }

    /**
     * How many leading names of the entry repeat the entry before's and are
     * replaced: all or none for the "complete" rules, the leading equal ones
     * for "partial-each", at most the first for "partial-first"
     */
    private int repeated(List<String> current) {
        if (rule.startsWith("complete")) {
            return current.equals(previous) ? current.size() : 0;
        }
        int n = 0;
        while (n < current.size() && n < previous.size() && current.get(n).equals(previous.get(n))
                && (n == 0 || "partial-each".equals(rule))) {
            n++;
        }
        return n;
    }

    /**
     * Called by a {@code cs:name} before it renders its list
     * @param names the names it renders, in order
     * @return the index in the {@code cs:names} element's list of the first
     * of them
     */
    int names(List<CSLName> names) {
        if (rendered != null) {
            for (CSLName name : names) {
                rendered.add(key(name));
            }
        }
        int base = position;
        position += names.size();
        return base;
    }

    /**
     * Whether the name at the given index of the list is replaced
     * @param index the index in the {@code cs:names} element's list
     * @return {@code true} if it prints as the substitute text
     */
    boolean replaces(int index) {
        return !whole && index < replaced;
    }

    /**
     * Whether the list is replaced as a whole (rule "complete-all"): the
     * first variable of the {@code cs:names} element that has names prints
     * the substitute, the others nothing
     * @return {@code true} while a repeated list renders again
     */
    boolean replacesWholeList() {
        return whole && replaced > 0;
    }

    /**
     * The substitute text
     * @return the text
     */
    String getSubstitute() {
        return substitute;
    }

    /**
     * A name as citeproc-js compares it: its parts one after the other
     */
    private static String key(CSLName name) {
        StringBuilder key = new StringBuilder();
        for (String part : new String[] {name.getFamily(), name.getGiven(), name.getNonDroppingParticle(),
                name.getDroppingParticle(), name.getSuffix(), name.getLiteral()}) {
            if (part != null) {
                key.append(part);
            }
        }
        return key.toString();
    }
}
