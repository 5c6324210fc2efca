package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.livingreview.manuscript.pdf.PdfOutput;
import java.util.stream.Stream;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.load.Folders;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;
import org.livingreview.manuscript.versions.KeptTemplates;
import org.livingreview.model.versions.VersionFile;
import org.livingreview.model.versions.VersionSnapshots;
import org.livingreview.model.ProjectLayout;

/**
 * {@code build --version N}: version N's draft rebuilt from its snapshot, in a scratch copy of the project
 * holding the seeds as version N recorded them, versions 1 to N and the templates version N was built with
 * ({@link KeptTemplates}). What cannot be as it was is said in a warning: a DOCX reference document that
 * differs from the recorded one, or every template for a version recorded before templates were kept.
 */
public final class VersionRebuild {

    private VersionRebuild() {
    }

    /** Where {@code build --version N} writes by default: target/review/version-N. */
    public static Path defaultOutput(Path project, int number) {
        return project.resolve(ReviewBuild.DEFAULT_OUTPUT).resolve("version-" + number);
    }

    /** Rebuilds version {@code number} into {@code outputDir}; nothing is written when it cannot be. */
    public static BuildResult build(Path project, Path outputDir, int number, boolean withPdf) throws IOException {
        Problems problems = new Problems();
        List<RecordedVersion> versions = VersionFile.load(project, problems);
        SourceLocation at = SourceLocation.startOf(project.resolve(ProjectLayout.VERSIONS_FILE).normalize());
        if (!problems.hasErrors() && (number < 1 || number > versions.size())) {
            problems.error(at, versions.isEmpty() ? "no version has been recorded yet, so there is none to rebuild"
                    : "there is no version " + number + ": the recorded versions are 1 to " + versions.size());
        } else if (!problems.hasErrors() && !VersionSnapshots.exists(project, number)) {
            problems.error(at, "version " + number + " was recorded before living-review kept the texts of a"
                    + " version, so it cannot be rebuilt — check out the commit that recorded it and build there");
        }
        Optional<VersionSnapshots.Resolved> snapshot = problems.hasErrors() ? Optional.empty()
                : VersionSnapshots.read(project, number, problems);
        if (snapshot.isEmpty()) {
            return BuildResult.failed(null, problems.sorted(), outputDir);
        }
        Path scratch = Files.createTempDirectory("living-review-version-" + number + "-");
        try {
            VersionSnapshots.materialize(snapshot.get().snapshot(), scratch);
            List<RecordedVersion> upTo = versions.subList(0, number);
            VersionFile.write(scratch, upTo);
            Files.createDirectories(scratch.resolve(ProjectLayout.VERSION_SNAPSHOTS));
            for (int n = 1; n <= number; n++) {
                if (VersionSnapshots.exists(project, n)) {
                    Files.copy(VersionSnapshots.file(project, n), VersionSnapshots.file(scratch, n));
                }
            }
            RecordedVersion version = upTo.get(number - 1);
            if (version.duplicatesRemoved() > 0) {
                ImportLog.append(scratch, version.date(), "duplicates removed by version " + number,
                        version.duplicatesRemoved(), 0, version.duplicatesRemoved(), 0);
            }
            VersionSnapshots.Templates kept = snapshot.get().snapshot().templates();
            Path snapshotFile = VersionSnapshots.file(project, number);
            if (kept == null) {
                Folders.copy(project.resolve(ProjectLayout.TEMPLATES), scratch.resolve(ProjectLayout.TEMPLATES));
                problems.warning(SourceLocation.startOf(snapshotFile), "version " + number + " was recorded before"
                        + " living-review kept the templates of a version, so it is laid out with today's templates");
            } else {
                for (String file : KeptTemplates.restore(kept, project, scratch)) {
                    problems.warning(SourceLocation.startOf(snapshotFile), file + " differs from the one version "
                            + number + " was built with, of which its snapshot keeps only a digest, so the rebuild"
                            + " uses today's");
                }
            }
            datedAs(scratch, version.date());
            BuildResult built = ReviewBuild.build(BuildRequest.of(scratch, outputDir).forced(true)
                    .skipping(withPdf ? Set.of() : Set.of(PdfOutput.NAME)));
            List<Problem> all = new ArrayList<>(problems.sorted());
            all.addAll(built.problems());
            return new BuildResult(built.loaded(), all, built.outputDir(), built.written(), built.upToDate());
        } finally {
            Folders.delete(scratch);
        }
    }

    /** Every file dated at the start of the version's day, so the rebuilt PDF states that date, every time. */
    private static void datedAs(Path dir, String date) throws IOException {
        java.nio.file.attribute.FileTime time;
        try {
            time = java.nio.file.attribute.FileTime.from(java.time.LocalDate.parse(date)
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
    }
}
