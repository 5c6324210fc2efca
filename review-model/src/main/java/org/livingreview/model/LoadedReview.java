package org.livingreview.model;

import java.util.List;

/** A review as loaded, with every problem found in it; build only when {@link #hasErrors()} is false. */
public record LoadedReview(Review review, List<Problem> problems) {

    public LoadedReview {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
