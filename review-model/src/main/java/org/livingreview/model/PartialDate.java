package org.livingreview.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication date known to the year, the month or the day. */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is not such a date. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    /** The date in the ISO form it was written in. */
    public String iso() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            s.append(String.format("-%02d", month));
        }
        if (day != null) {
            s.append(String.format("-%02d", day));
        }
        return s.toString();
    }
}
