package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: hostile or broken seeds, templates, styles and import files, each run through the
 * command against a built copy of the shipped review. A case is a folder of src/test/resources/bad-input/:
 * the files it puts over the review (or imports), and {@code expected.txt} — the command, its exit code and
 * the exact lines it prints on standard error, paths relative to the review. Two cases too large to keep as
 * files are made here. Every case also checks that the previous outputs are byte for byte as they were, and
 * that a failed command left the files it was given as they were.
 */
class BadInputCorpusIT {

    private static final Path CASES = Path.of("src/test/resources/bad-input");
    private static final String PAPER = "seeds/papers/gullaksen2025.yaml";
    private static final List<String> OUTPUTS = List.of("review.md", "review.pdf", "review.html", "review.docx",
            "references.json", "CHANGES.md");

    /** One case: its name, the files it writes (path → content), the command, and what it must answer. */
    record Case(String name, Map<String, byte[]> files, List<String> command, int exit, List<String> messages) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CASES)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                cases.add(read(folder));
            }
        }
        String tooLarge = "seeds/papers/gullaksen2025.yaml:1:1: error: file is larger than 4 MiB — split it, or remove"
                + " what does not belong in a seed file";
        cases.add(new Case("50-MB-scalar", Map.of(PAPER, ("id: gullaksen2025\ntitle: " + "x".repeat(50 * 1024 * 1024)
                + "\n").getBytes(StandardCharsets.UTF_8)), List.of("build"), 1, List.of(tooLarge)));
        StringBuilder manyKeys = new StringBuilder();
        for (int i = 0; i < 100_000 * 29; i++) {
            manyKeys.append("key").append(i).append(": value\n");
        }
        cases.add(new Case("100000-papers-worth-of-keys", Map.of(PAPER,
                manyKeys.toString().getBytes(StandardCharsets.UTF_8)), List.of("build"), 1, List.of(tooLarge)));
        return cases.stream();
    }

    /** A case folder: every file but expected.txt, by its path in the review, and expected.txt's answer. */
    private static Case read(Path folder) throws IOException {
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.equals("expected.txt")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return new Case(folder.getFileName().toString(), files,
                List.of(field(expected.get(0), "command").split(" ")),
                Integer.parseInt(field(expected.get(1), "exit")), expected.subList(2, expected.size()));
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + ": ")) {
            throw new IllegalStateException("expected.txt: line '" + line + "' should start with '" + name + ": '");
        }
        return line.substring(name.length() + 2);
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputGetsAClearErrorAndLosesNothing(Case c) throws Exception {
        Path project = ShippedReview.copyInto(dir.resolve("review"));
        assertEquals(0, CommandRunner.run("build", "--project", project.toString()).exitCode());
        Path out = project.resolve("target/review");
        List<byte[]> before = new ArrayList<>();
        for (String name : OUTPUTS) {
            before.add(Files.readAllBytes(out.resolve(name)));
        }
        for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
            Path target = project.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        List<String> args = new ArrayList<>(c.command());
        if (args.get(0).equals("import")) {
            args.set(1, project.resolve(args.get(1)).toString());
        }
        args.addAll(List.of("--project", project.toString()));
        CommandRunner result = CommandRunner.run(args.toArray(String[]::new));
        List<String> messages = result.err().lines().map(l -> l.replace(project + "/", "")).toList();
        assertEquals(c.exit(), result.exitCode(), String.join("\n", messages));
        assertEquals(c.messages(), messages);
        if (result.exitCode() != 0) {
            if (!args.get(0).equals("import")) {
                for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
                    assertArrayEquals(file.getValue(), Files.readAllBytes(project.resolve(file.getKey())),
                            file.getKey() + " is as it was");
                }
            }
            for (int i = 0; i < OUTPUTS.size(); i++) {
                assertArrayEquals(before.get(i), Files.readAllBytes(out.resolve(OUTPUTS.get(i))),
                        OUTPUTS.get(i) + " is unchanged");
            }
        }
    }
}
