package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each importer fixture beside the seed files its import writes: {@code imports/<file>} imported into an empty
 * review gives exactly the paper files in {@code imports/expected/<file>/} (made by one import, then read and
 * checked against the fixture by hand; see imports/README.md). A change to what any importer writes shows here
 * as a diff of seed files; after an intended change, the expected files are written again the same way and
 * the diff reviewed.
 */
class ImportedSeedsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/imports");

    @TempDir
    Path dir;

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void importWritesTheExpectedSeedFiles(String fixture) throws Exception {
        Path project = ImportSamples.emptyProject(dir.resolve("project"));
        ReferenceImporter.importFiles(project, List.of(ImportSamples.sample(fixture, dir)));
        Path expected = FIXTURES.resolve("expected").resolve(fixture);
        assertEquals(listing(expected), listing(project.resolve("seeds/papers")), "the paper files written");
        for (String name : listing(expected)) {
            String written = Files.readString(project.resolve("seeds/papers").resolve(name));
            assertEquals(Files.readString(expected.resolve(name)), written.replace(dir + "/", ""),
                    name + " (its first line names the imported file, here without its folder)");
        }
    }

    private static List<String> listing(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
