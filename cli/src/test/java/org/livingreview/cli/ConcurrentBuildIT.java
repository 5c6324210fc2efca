package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            build = new ProcessBuilder(List.of(javaCommand, "-cp", System.getProperty("java.class.path"),
                    LivingReview.class.getName(), "build", "--project", project.toString()))
                    .redirectErrorStream(true).start();
            assertTrue(!build.waitFor(4, TimeUnit.SECONDS), "the build waits while the lock is held");
            assertTrue(!Files.exists(project.resolve("target/review/review.md")), "and writes nothing meanwhile");
        }
        assertTrue(build.waitFor(120, TimeUnit.SECONDS), "the build goes on once the lock is released");
        String output = new String(build.getInputStream().readAllBytes());
        assertEquals(0, build.exitValue(), output);
        assertTrue(output.contains("another build is writing to " + project.resolve("target/review")
                + "; waiting for it to finish"), output);
        assertTrue(Files.exists(project.resolve("target/review/review.md")));
    }
}
