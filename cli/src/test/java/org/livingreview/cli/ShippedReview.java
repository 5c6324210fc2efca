package org.livingreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped review (seeds and templates), for tests that build, break or release them. */
final class ShippedReview {

    private ShippedReview() {
    }

    /** A copy of the fixture's seeds/ and the shipped templates/ in {@code dir}; returns {@code dir}. */
    static Path copyInto(Path dir) throws IOException {
        Path[] folders = {CheckCommandTest.SHIPPED.resolve("seeds"), CheckCommandTest.ROOT.resolve("templates")};
        for (Path from : folders) {
            String folder = from.getFileName().toString();
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : files.toList()) {
                    Path target = dir.resolve(folder).resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        }
        return dir;
    }
}
