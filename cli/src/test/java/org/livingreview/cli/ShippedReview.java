package org.livingreview.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.livingreview.model.load.Folders;

/** Copies of the shipped review (seeds and templates), for tests that build, break or release them. */
final class ShippedReview {

    private ShippedReview() {
    }

    /** A copy of the repository's seeds/ and templates/ in {@code dir}; returns {@code dir}. */
    static Path copyInto(Path dir) throws IOException {
        for (String folder : new String[] {"seeds", "templates"}) {
            copyFolder(CheckCommandTest.SHIPPED.resolve(folder), dir.resolve(folder));
        }
        return dir;
    }

    /** The versions fixture (fixtures/versions/README.md): its seeds and the shipped templates, in {@code dir}. */
    static Path versionsFixtureInto(Path dir) throws IOException {
        copyFolder(CheckCommandTest.SHIPPED.resolve("fixtures/versions/seeds"), dir.resolve("seeds"));
        copyFolder(CheckCommandTest.SHIPPED.resolve("templates"), dir.resolve("templates"));
        return dir;
    }

    /** The versions fixture's edits after its first release, put in place. */
    static void editVersionsFixture(Path project) throws IOException {
        copyFolder(CheckCommandTest.SHIPPED.resolve("fixtures/versions/edits"), project.resolve("seeds"));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Folders.copy(from, to);
    }
}
