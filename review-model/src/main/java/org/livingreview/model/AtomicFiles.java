package org.livingreview.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replacing files so that a reader sees the old content or the new, never a part: the content goes to a
 * hidden temporary file beside the target first, then is moved into place.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} (UTF-8) to {@code file}, replacing it whole. */
    public static void write(Path file, String text) throws IOException {
        Path tmp = temporaryBeside(file);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A hidden file beside {@code target}, named for this process, that does not exist yet. */
    public static Path temporaryBeside(Path target) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(tmp);
        return tmp;
    }

    /** Moves {@code from} onto {@code to}, atomically where the file system can. */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
