package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livingreview.model.AtomicFiles;

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
                Path tmp = AtomicFiles.temporaryBeside(dir.resolve(file.getKey()));
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
                AtomicFiles.replace(temporary.get(i++), dir.resolve(name));
            }
        } finally {
            for (Path tmp : temporary) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
