package org.livingreview.model;

/** A paper's screening decision; {@code reason} is required for exclusions. */
public record Screening(ScreeningStatus status, String reason) {

    public static Screening pending() {
        return new Screening(ScreeningStatus.PENDING, null);
    }

    public boolean isIncluded() {
        return status == ScreeningStatus.INCLUDED;
    }
}
