package org.livingreview.model;

/** How serious a problem is: errors stop the build, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in {@code path:line:column: error: ...}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
