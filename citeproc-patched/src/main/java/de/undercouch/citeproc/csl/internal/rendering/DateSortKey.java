/*
 * PATCH 0043 (new class; Apache License 2.0 like citeproc-java): part of the living-review project's patches of
 * citeproc-java 3.5.2, described in docs/citations.md; citeproc-patched/patches/ holds them as diffs.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import java.util.List;

/**
 * The sort key value of a date, as citeproc-js makes it: the year (after "1",
 * or after "0" and counted back from 9999 if it is before the common era),
 * month and day of the start and of the end of the date, as fixed-width
 * numbers with zeros for the parts not given or not rendered, so that dates
 * sort by time whatever their rendered form.
 * @author living-review
 */
public final class DateSortKey {
    private DateSortKey() {
    }

    /**
     * Make the sort key value of a date
     * @param dateParts the date-parts (one array, or two for a range), or
     * {@code null} if the date has none
     * @param partNames the names of the parts that count ("year", "month", "day")
     * @return the key value, or an empty string if the date has no year
     */
    public static String of(int[][] dateParts, List<String> partNames) {
        if (dateParts == null || dateParts.length == 0 || dateParts[0].length == 0 || dateParts[0][0] == 0) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        append(key, dateParts[0], partNames);
        append(key, dateParts.length > 1 ? dateParts[1] : new int[0], partNames);
        return key.toString();
    }

    private static void append(StringBuilder key, int[] date, List<String> partNames) {
        int year = part(date, 0, "year", partNames);
        if (year < 0) {
            key.append('0').append(String.format("%04d", 9999 + year));
        } else {
            key.append('1').append(String.format("%04d", year));
        }
        key.append(String.format("%02d", part(date, 1, "month", partNames)));
        key.append(String.format("%02d", part(date, 2, "day", partNames)));
    }

    private static int part(int[] date, int index, String name, List<String> partNames) {
        return index < date.length && partNames.contains(name) ? date[index] : 0;
    }
}
