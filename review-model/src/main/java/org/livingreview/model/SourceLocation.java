package org.livingreview.model;

import java.nio.file.Path;

/** A place in a source file: 1-based line and column, as editors and CI annotations count them. */
public record SourceLocation(Path file, int line, int column) {

    /** The start of a file, for problems that concern the file as a whole. */
    public static SourceLocation startOf(Path file) {
        return new SourceLocation(file, 1, 1);
    }

    /** A file as a whole, where no line means anything (a binary file): shown as the path alone. */
    public static SourceLocation wholeFile(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file.toString() : file + ":" + line + ":" + column;
    }
}
