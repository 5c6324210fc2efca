package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The users' CI workflow runs the README's build command and publishes files the build really writes. */
class PublishWorkflowIT {

    private static final Path ROOT = CheckCommandTest.ROOT;

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static List<String> runLines() throws Exception {
        Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(ROOT.resolve(".github/workflows/publish.yml")));
        List<String> runs = new java.util.ArrayList<>();
        for (Object job : ((Map<String, Object>) workflow.get("jobs")).values()) {
            List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) job).get("steps");
            if (steps != null) {
                steps.stream().filter(s -> s.get("run") != null).forEach(s -> runs.add(s.get("run").toString()));
                steps.stream().map(s -> (Map<String, Object>) s.get("with")).filter(w -> w != null && w.get("path") != null)
                        .forEach(w -> runs.add(w.get("path").toString()));
            }
        }
        return runs;
    }

    @Test
    void theWorkflowRunsTheReadmesBuildCommand() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher command = Pattern.compile("(?m)^(mvn \\w+)\\s+#.*writes the review").matcher(readme);
        assertTrue(command.find(), "the README names its build command");
        String build = command.group(1).replace("mvn ", "mvn -B ");
        assertTrue(runLines().contains(build), "the workflow runs '" + build + "': " + runLines());
    }

    @Test
    void everyPublishedFileIsOneTheBuildWrites() throws Exception {
        Path project = ShippedReview.copyInto(dir.resolve("review"));
        assertEquals(0, CommandRunner.run("build", "--project", project.toString()).exitCode());
        Set<String> written;
        try (Stream<Path> files = Files.list(project.resolve("target/review"))) {
            written = new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
        Set<String> published = new TreeSet<>();
        Matcher paths = Pattern.compile("target/review/([\\w.-]+)").matcher(String.join("\n", runLines()));
        while (paths.find()) {
            published.add(paths.group(1));
        }
        assertFalse(published.isEmpty());
        assertTrue(written.containsAll(published), "published " + published + " but the build writes " + written);
        assertTrue(published.containsAll(Set.of("review.pdf", "review.md", "references.json", "references.bib",
                "references.ris", "CHANGES.md", "prisma.svg", "review.html", "review-changes.pdf", "review-changes.html",
                "review.docx")),
                "everything the build writes is published: " + published);
    }
}
