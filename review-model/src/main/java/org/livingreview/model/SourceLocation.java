package org.livingreview.model;

import java.nio.file.Path;

/** A place in a source file: 1-based line and column, as editors and CI annotations count them. */
public record SourceLocation(Path file, int line, int column) {

    /** The start of a file, for problems that concern the file as a whole. */
    public static SourceLocation startOf(Path file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
