package org.livingreview.bib.imports;

import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.Problem;

/** What an import did: the papers it added, the records it skipped and why, and the problems it met. */
public record ImportReport(List<Added> added, List<Skipped> skipped, List<Problem> problems) {

    /** A new paper file, and the record it came from. */
    public record Added(String id, Path file, String source) {
    }

    /** A record that was not added, and why. */
    public record Skipped(String source, String reason) {
    }

    public ImportReport {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
