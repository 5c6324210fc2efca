package org.livingreview.model;

import java.util.Locale;

/** Where a paper stands in screening. */
public enum ScreeningStatus {
    INCLUDED, EXCLUDED, PENDING;

    /** The word used in the YAML files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
