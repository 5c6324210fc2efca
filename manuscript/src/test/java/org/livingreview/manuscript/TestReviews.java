package org.livingreview.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    static void write(Path project, String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
