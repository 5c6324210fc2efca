package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build waits while another process holds the project's build lock, and writes nothing meanwhile. */
class ConcurrentBuildIT {

    @TempDir
    Path dir;

    @Test
    void aSecondBuildWaitsForTheFirst() throws Exception {
        Path project = ShippedReview.copyInto(dir.resolve("review"));
        Path lockFile = project.resolve("target/review.lock");
        Files.createDirectories(lockFile.getParent());
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build;
        String output;
        BufferedReader out;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            build = new ProcessBuilder(List.of(javaCommand, "-cp", System.getProperty("java.class.path"),
                    LivingReview.class.getName(), "build", "--project", project.toString()))
                    .redirectErrorStream(true).start();
            // Held until the build says it waits (however long the JVM takes to start on a loaded machine).
            String waiting = "another build is writing to " + project.resolve("target/review")
                    + "; waiting for it to finish";
            out = reader(build);
            output = readUntil(out, waiting);
            assertTrue(output.contains(waiting), "the build says it waits while the lock is held: " + output);
            assertTrue(build.isAlive(), "the build waits while the lock is held");
            assertTrue(!Files.exists(project.resolve("target/review/review.md")), "and writes nothing meanwhile");
        }
        assertTrue(build.waitFor(120, TimeUnit.SECONDS), "the build goes on once the lock is released");
        output += readUntil(out, null);
        assertEquals(0, build.exitValue(), output);
        assertTrue(Files.exists(project.resolve("target/review/review.md")));
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The lines read until one contains {@code text} (if not null), or until the output ends. */
    private static String readUntil(BufferedReader reader, String text) throws IOException {
        StringBuilder read = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            read.append(line).append('\n');
            if (text != null && line.contains(text)) {
                break;
            }
        }
        return read.toString();
    }
}
