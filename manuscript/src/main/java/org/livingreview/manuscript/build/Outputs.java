package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A build's output files, written all together: each to a temporary file in the output folder first,
 * then moved into place only when every one was written, so a failed build leaves the last good
 * outputs as they were.
 */
public final class Outputs {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public Outputs add(String fileName, byte[] content) {
        files.put(fileName, content.clone());
        return this;
    }

    public Outputs add(String fileName, String text) {
        return add(fileName, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    /**
     * Writes every file into {@code dir}; throws, leaving the previous outputs untouched, on failure. All
     * content is written and every target checked before the first file is replaced.
     */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> temporary = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path tmp = temporaryFile(dir, file.getKey());
                temporary.add(tmp);
                Files.write(tmp, file.getValue());
            }
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                if (Files.isDirectory(target) || (Files.exists(target) && !Files.isWritable(target))) {
                    throw new IOException(target + " cannot be replaced (it is a folder or read-only)");
                }
            }
            int i = 0;
            for (String name : files.keySet()) {
                move(temporary.get(i++), dir.resolve(name));
            }
        } finally {
            for (Path tmp : temporary) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A hidden file beside the target, named for this process, with the usual permissions. */
    static Path temporaryFile(Path dir, String name) throws IOException {
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(tmp);
        return tmp;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
