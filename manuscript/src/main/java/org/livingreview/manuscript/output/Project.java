package org.livingreview.manuscript.output;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.livingreview.model.Digests;
import org.livingreview.model.ProjectLayout;

/**
 * A review project as one build reads it, once: its folder, every input file ({@link ProjectLayout#isInput})
 * by its path relative to the folder with the SHA-256 of its content, and the date the build states (whole
 * seconds). What a build needs to know about the project's files comes from here, not from walking them again.
 */
public record Project(Path dir, SortedMap<Path, String> inputs, Instant date) {

    public Project {
        inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    }

    /** The date part of {@link #date()}, in UTC, as the draft prints it (2026-11-22). */
    public String isoDate() {
        return LocalDate.ofInstant(date, ZoneOffset.UTC).toString();
    }

    /** The input files under {@code folder} (relative to the project), sorted, as paths under {@link #dir()}. */
    public List<Path> files(Path folder) {
        return inputs.keySet().stream().filter(f -> f.startsWith(folder)).map(dir::resolve).toList();
    }

    /**
     * One digest of the names and contents of the input files under {@code folder} that {@code include}
     * accepts (by relative path): it changes when any of them is added, removed, renamed or edited.
     */
    public String digest(Path folder, Predicate<Path> include) {
        StringBuilder listing = new StringBuilder();
        for (Map.Entry<Path, String> file : inputs.entrySet()) {
            if (file.getKey().startsWith(folder) && include.test(file.getKey())) {
                listing.append(ProjectLayout.slashed(file.getKey())).append(' ').append(file.getValue()).append('\n');
            }
        }
        return Digests.sha256(listing.toString());
    }
}
