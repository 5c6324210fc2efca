package org.livingreview.manuscript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * axe-core, the accessibility engine, as pinned by src/test/axe/package-lock.json: installed once with
 * {@code npm ci} into target/axe. A test that needs it is skipped, saying why, where npm is missing or
 * cannot reach the registry.
 */
final class AxeCore {

    private static final Path PACKAGE = Path.of("src/test/axe");
    private static final Path INSTALLED = Path.of("target/axe");

    private AxeCore() {
    }

    /** axe.min.js, installed if it is not yet. */
    static synchronized Path script() throws IOException, InterruptedException {
        Path script = INSTALLED.resolve("node_modules/axe-core/axe.min.js");
        Path lock = INSTALLED.resolve("package-lock.json");
        if (Files.isRegularFile(script) && Files.isRegularFile(lock)
                && Files.mismatch(PACKAGE.resolve("package-lock.json"), lock) < 0) {
            return script;
        }
        String path = System.getenv("PATH");
        Assumptions.assumeTrue(path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "npm"))), "npm is not installed (apt-get install npm)");
        Files.createDirectories(INSTALLED);
        for (String file : new String[] {"package.json", "package-lock.json"}) {
            Files.copy(PACKAGE.resolve(file), INSTALLED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(INSTALLED.toFile())
                .redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = npm.waitFor(5, TimeUnit.MINUTES);
        Assumptions.assumeTrue(finished && npm.exitValue() == 0 && Files.isRegularFile(script),
                "npm ci could not install axe-core into " + INSTALLED + ": " + output.strip());
        return script;
    }
}
