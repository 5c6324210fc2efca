package org.livingreview.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems found while loading, checking and building, in a stable order; safe for several threads. */
public final class Problems {

    private static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.location().file().toString())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::message);

    private final List<Problem> found = new ArrayList<>();

    public synchronized void error(SourceLocation at, String message) {
        found.add(Problem.error(at, message));
    }

    public synchronized void warning(SourceLocation at, String message) {
        found.add(Problem.warning(at, message));
    }

    public synchronized void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    /** All problems, sorted by file, line and column. */
    public boolean hasErrors() {
        return sorted().stream().anyMatch(org.livingreview.model.Problem::isError);
    }

    public synchronized List<Problem> sorted() {
        return found.stream().sorted(BY_PLACE).toList();
    }
}
