package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.livingreview.model.ProjectLayout;
import org.livingreview.model.SourceDate;

/**
 * The date a build states, the same from every clone of the same commit. In order:
 * <ol>
 * <li>{@code SOURCE_DATE_EPOCH}, when set (reproducible builds);</li>
 * <li>in a git work tree: when the review's inputs (seeds/, templates/) have uncommitted changes, the newest
 * modification time of the changed files; otherwise the commit time of the last commit that touched them;</li>
 * <li>otherwise (no git, or no commit touches the inputs) the newest modification time of the inputs.</li>
 * </ol>
 * Whole seconds, as PDF dates have.
 */
final class BuildDate {

    private BuildDate() {
    }

    /** The date of the build of {@code project}, whose input files were last modified at {@code newestInput}. */
    static Instant of(Path project, Optional<Instant> newestInput) {
        Optional<Instant> date = SourceDate.epoch();
        if (date.isEmpty()) {
            date = fromGit(project);
        }
        if (date.isEmpty()) {
            date = newestInput;
        }
        return date.orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Optional<Instant> fromGit(Path project) {
        Optional<List<String>> changed = git(project, "diff", "HEAD", "--name-only", "--relative", "-z", "--");
        Optional<List<String>> untracked = git(project, "ls-files", "--others", "--exclude-standard", "-z", "--");
        if (changed.isEmpty() || untracked.isEmpty()) {
            return Optional.empty();
        }
        List<Path> uncommitted = new ArrayList<>();
        for (String name : concat(changed.get(), untracked.get())) {
            Path file = project.resolve(name).normalize();
            if (ProjectLayout.isInput(project.relativize(file))) {
                // A deleted input changed its folder: the folder's time stands for it.
                uncommitted.add(Files.exists(file) ? file : nearestExisting(file));
            }
        }
        if (!uncommitted.isEmpty()) {
            return newestModification(uncommitted);
        }
        return git(project, "log", "-1", "--format=%ct", "--")
                .filter(lines -> !lines.isEmpty() && lines.get(0).strip().matches("\\d+"))
                .map(lines -> Instant.ofEpochSecond(Long.parseLong(lines.get(0).strip())));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Path nearestExisting(Path file) {
        Path dir = file.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        return dir == null ? file : dir;
    }

    /**
     * Runs git in {@code project} on the input folders (appended after the arguments) and returns its output
     * split at NUL or line ends; empty when git is missing, fails, or {@code project} is not in a work tree.
     */
    private static Optional<List<String>> git(Path project, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", project.toString()));
        command.addAll(Arrays.asList(arguments));
        ProjectLayout.INPUT_FOLDERS.forEach(folder -> command.add(folder.toString()));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroy();
                return Optional.empty();
            }
            return Optional.of(Arrays.stream(out.split("[\\x00\\n]")).filter(s -> !s.isEmpty()).toList());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Instant> newestModification(List<Path> files) {
        Instant newest = null;
        for (Path file : files) {
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                newest = newest == null || modified.isAfter(newest) ? modified : newest;
            } catch (IOException e) {
                // Vanished since it was listed: it no longer counts.
            }
        }
        return Optional.ofNullable(newest);
    }
}
