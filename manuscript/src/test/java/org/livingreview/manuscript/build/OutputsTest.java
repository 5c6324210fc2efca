package org.livingreview.manuscript.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs replace the previous ones all together, or not at all. */
class OutputsTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAndLeavesNoTemporaryFile() throws Exception {
        new Outputs().add("a.txt", "new a").add("b.txt", "new b").writeTo(dir);
        assertEquals(List.of("a.txt", "b.txt"), listing());
        assertEquals("new b", Files.readString(dir.resolve("b.txt")));
    }

    @Test
    void aTargetThatCannotBeReplacedStopsTheWriteBeforeAnyFileChanges() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "old a");
        Files.createDirectory(dir.resolve("b.txt"));
        IOException e = assertThrows(IOException.class,
                () -> new Outputs().add("a.txt", "new a").add("b.txt", "new b").writeTo(dir));
        assertEquals(dir.resolve("b.txt") + " cannot be replaced (it is a folder or read-only)", e.getMessage());
        assertEquals("old a", Files.readString(dir.resolve("a.txt")));
        assertEquals(List.of("a.txt", "b.txt"), listing());
    }
}
