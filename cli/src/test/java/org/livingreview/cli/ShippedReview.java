package org.livingreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped review's seeds, for tests that build, break or release them. */
final class ShippedReview {

    private ShippedReview() {
    }

    /** A copy of the repository's seeds/ in {@code dir}/seeds; returns {@code dir}. */
    static Path copyInto(Path dir) throws IOException {
        Path seeds = CheckCommandTest.SHIPPED.resolve("seeds");
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve("seeds").resolve(seeds.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return dir;
    }
}
