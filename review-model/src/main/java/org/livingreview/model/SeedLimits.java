package org.livingreview.model;

import java.util.regex.Pattern;

/** What a seed file may hold: its size, aliases, nesting and characters (imports keep to them too). */
public final class SeedLimits {

    /** The largest seed file read, in bytes. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** The most aliases of collections one file may use (stops "billion laughs" documents). */
    public static final int MAX_ALIASES = 50;
    /** The deepest nesting of collections one file may have. */
    public static final int MAX_NESTING = 50;
    /** A character a seed file cannot hold: outside YAML's printable set, even when written as an escape. */
    public static final Pattern NOT_PRINTABLE = Pattern.compile(
            "[^\\t\\n\\r\\x20-\\x7E\\x85\\xA0-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private SeedLimits() {
    }
}
