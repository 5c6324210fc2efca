/*
 * PATCH 0041 (new class; Apache License 2.0 like citeproc-java): part of the living-review project's patches of
 * citeproc-java 3.5.2, described in docs/citations.md; citeproc-patched/patches/ holds them as diffs.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.helper.StringHelper;

import java.util.ArrayList;
import java.util.List;

/**
 * The sort key value of a name list, as citeproc-js makes it: every name in
 * sort order (family name first), the non-dropping particle before the family
 * name only where the style's {@code demote-non-dropping-particle} is "never",
 * apostrophes taken out of particles, and neither "and", nor the et-al term,
 * nor punctuation between the names.
 * @author living-review
 */
public final class NameSortKey {
    private NameSortKey() {
    }

    /**
     * Make the sort key value of a name list
     * @param names the names
     * @param max how many names to keep (et-al), or -1 for all
     * @param useLast {@code true} if the last name is kept after a list cut by et-al
     * @param shortForm {@code true} if the names have the short form (no given names)
     * @param initializeWith the string after initials, or {@code null} for full given names
     * @param initialize {@code false} if given names keep their form and only get the initialize-with string
     * @param demote the style's {@code demote-non-dropping-particle} option
     * @return the key value: the names' parts, separated by spaces
     */
    public static String of(List<CSLName> names, int max, boolean useLast, boolean shortForm,
            String initializeWith, boolean initialize, String demote) {
        List<CSLName> kept = names;
        if (max >= 0 && max < names.size()) {
            kept = new ArrayList<>(names.subList(0, max));
            if (useLast) {
                kept.add(names.get(names.size() - 1));
            }
        }
        List<String> parts = new ArrayList<>();
        for (CSLName name : kept) {
            addParts(parts, name, shortForm, initializeWith, initialize, !"never".equals(demote));
        }
        return String.join(" ", parts);
    }

    private static void addParts(List<String> parts, CSLName name, boolean shortForm,
            String initializeWith, boolean initialize, boolean demote) {
        if (name.getLiteral() != null) {
            parts.add(name.getLiteral());
            return;
        }
        String given = shortForm ? null : name.getGiven();
        if (given != null && initializeWith != null && name.getFamily() != null) {
            given = StringHelper.initializeName(given, initializeWith, !initialize);
        }
        String nonDropping = withoutApostrophe(name.getNonDroppingParticle());
        String dropping = shortForm ? null : withoutApostrophe(name.getDroppingParticle());
        String suffix = shortForm ? null : name.getSuffix();
        if (demote) {
            add(parts, name.getFamily(), given, dropping, nonDropping, suffix);
        } else {
            add(parts, nonDropping, name.getFamily(), dropping, given, suffix);
        }
    }

    private static void add(List<String> parts, String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                parts.add(value.trim());
            }
        }
    }

    /**
     * citeproc-js takes the first apostrophe out of a particle in a sort key
     * ("d'" sorts as "d", "'t" as "t")
     */
    private static String withoutApostrophe(String particle) {
        return particle == null ? null : particle.replaceFirst("['\u2019]", "");
    }
}
