package org.livingreview.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.livingreview.model.load.Folders;

/** Copies of the shipped review (seeds and templates), for tests that build, break or release them. */
final class ShippedReview {

    private ShippedReview() {
    }

    /** A copy of the fixture's seeds/ and the shipped templates/ in {@code dir}; returns {@code dir}. */
    static Path copyInto(Path dir) throws IOException {
        Path[] folders = {CheckCommandTest.SHIPPED.resolve("seeds"), CheckCommandTest.ROOT.resolve("templates")};
        for (Path from : folders) {
            Folders.copy(from, dir.resolve(from.getFileName().toString()));
        }
        return dir;
    }

    /** The versions fixture (fixtures/versions/README.md): its seeds and the shipped templates, in {@code dir}. */
    static Path versionsFixtureInto(Path dir) throws IOException {
        Folders.copy(CheckCommandTest.ROOT.resolve("fixtures/versions/seeds"), dir.resolve("seeds"));
        Folders.copy(CheckCommandTest.ROOT.resolve("templates"), dir.resolve("templates"));
        return dir;
    }

    /** The versions fixture's edits after its first release, put in place. */
    static void editVersionsFixture(Path project) throws IOException {
        Folders.copy(CheckCommandTest.ROOT.resolve("fixtures/versions/edits"), project.resolve("seeds"));
    }
}
