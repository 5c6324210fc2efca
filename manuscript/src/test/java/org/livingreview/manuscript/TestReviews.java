package org.livingreview.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.livingreview.model.load.Folders;

/** Review projects for manuscript tests: copies of the shipped review, and small ones written in place. */
final class TestReviews {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A frozen copy of the shipped review: tests never read the repository's own seeds/, which authors edit. */
    static final Path SHIPPED = ROOT.resolve("fixtures/tki-review");

    private TestReviews() {
    }

    /** A copy of the shipped review's fixture seeds and the shipped templates in {@code dir}. */
    static Path shippedCopy(Path dir) throws IOException {
        for (Path from : new Path[] {SHIPPED.resolve("seeds"), ROOT.resolve("templates")}) {
            copyFolder(from, dir.resolve(from.getFileName().toString()));
        }
        return dir;
    }

    /** A copy of the fixture review {@code fixtures/<name>} (its seeds) with the shipped templates, in {@code dir}. */
    static Path fixtureCopy(String name, Path dir) throws IOException {
        copyFolder(ROOT.resolve("fixtures").resolve(name).resolve("seeds"), dir.resolve("seeds"));
        copyFolder(ROOT.resolve("templates"), dir.resolve("templates"));
        return dir;
    }

    /** The versions fixture's edits after its first release (fixtures/versions/README.md) put in place. */
    static void editVersionsFixture(Path project) throws IOException {
        copyFolder(ROOT.resolve("fixtures/versions/edits"), project.resolve("seeds"));
    }

    /** What CHANGES.md says after those edits, the release date written as DATE. */
    static String expectedVersionsChanges() throws IOException {
        return Files.readString(ROOT.resolve("fixtures/versions/expected-CHANGES.md"));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Folders.copy(from, to);
    }

    static void write(Path project, String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
