package org.livingreview.model;

/** Something wrong with the review's data, with where it is and what to do about it. */
public record Problem(Severity severity, SourceLocation location, String message) {

    public static Problem error(SourceLocation location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem warning(SourceLocation location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line editors and CI annotate: {@code path:line:column: error: message}. */
    public String format() {
        return location + ": " + severity.label() + ": " + message;
    }
}
