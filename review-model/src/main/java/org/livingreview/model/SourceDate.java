package org.livingreview.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The {@code SOURCE_DATE_EPOCH} convention of reproducible builds: a fixed time that stands in for "now". */
public final class SourceDate {

    private SourceDate() {
    }

    /** The instant {@code SOURCE_DATE_EPOCH} names, when it is a whole number of seconds of at most 11 digits. */
    public static Optional<Instant> epoch() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch != null && epoch.strip().matches("\\d{1,11}")
                ? Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip()))) : Optional.empty();
    }

    /** The day {@code SOURCE_DATE_EPOCH} names, or else today, in UTC (2026-11-22). */
    public static String today() {
        return LocalDate.ofInstant(epoch().orElseGet(Instant::now), ZoneOffset.UTC).toString();
    }
}
