package org.livingreview.bib;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code zotero-import} (Zotero's own import and export translators, see its README): found through the
 * system property {@code zotero.import} or the environment variable {@code ZOTERO_IMPORT}, else at
 * {@code ../shared/tools/zotero-import/zotero-import} beside the repository, as CI has it. A test that needs
 * it is skipped, saying why, where it or node is absent.
 */
final class ZoteroTool {

    private static final long TIMEOUT_MINUTES = 10;

    private final Path script;

    private ZoteroTool(Path script) {
        this.script = script;
    }

    /** The tool, or the calling test is skipped with the reason. */
    static ZoteroTool require() {
        String configured = System.getProperty("zotero.import", System.getenv("ZOTERO_IMPORT"));
        Path script = configured != null && !configured.isBlank() ? Path.of(configured)
                : RoundTrip.FIXTURES.resolve("../../shared/tools/zotero-import/zotero-import").normalize();
        assumeTrue(Files.isExecutable(script), "zotero-import not found at " + script
                + " — set -Dzotero.import=PATH or ZOTERO_IMPORT, or place the shared tools beside the clone");
        assumeTrue(onPath("node") && onPath("npm"), "zotero-import needs node and npm, which are not installed");
        return new ZoteroTool(script);
    }

    /** Standard output of {@code zotero-import ARGS}; a non-zero exit fails with its standard error. */
    String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("zotero-import", ".out");
        Path err = Files.createTempFile("zotero-import", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("zotero-import did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited " + process.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
