package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.livingreview.model.SourceDate;

/**
 * The date a build states: {@code SOURCE_DATE_EPOCH} when set (reproducible builds), otherwise the newest
 * modification time of the seeds and templates, so the same inputs always give the same date. Whole
 * seconds, as PDF dates have.
 */
public final class BuildDate {

    private BuildDate() {
    }

    public static Instant of(Path project) {
        Optional<Instant> epoch = SourceDate.epoch();
        if (epoch.isPresent()) {
            return epoch.get();
        }
        Instant newest = Instant.EPOCH;
        for (String dir : new String[] {"seeds", "templates"}) {
            Path root = project.resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Instant modified = Files.getLastModifiedTime(file).toInstant();
                    newest = modified.isAfter(newest) ? modified : newest;
                }
            } catch (IOException e) {
                // An unreadable folder cannot be built either; the build reports it when it reads the seeds.
            }
        }
        return newest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The date part, in UTC, as the draft prints it (2026-11-22). */
    public static String isoDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
