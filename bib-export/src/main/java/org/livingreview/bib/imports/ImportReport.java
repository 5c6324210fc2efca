package org.livingreview.bib.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.livingreview.model.Problem;

/**
 * What an import did with every record of every file: each ends as exactly one of {@link Added},
 * {@link Duplicate} or {@link Refused}, so that the counts of a file add up to its records.
 */
public record ImportReport(List<FileAccount> files, List<Problem> problems) {

    /** What became of one record; {@code source} names it ("refs.bib:12 record doe2020"). */
    public sealed interface Outcome permits Added, Duplicate, Refused {
        String source();
    }

    /** A new paper file, and the record it came from. */
    public record Added(String source, String id, Path file) implements Outcome {
    }

    /** A record not added because {@code of} (a paper file or an earlier record) holds it; {@code evidence} says why. */
    public record Duplicate(String source, String of, String evidence) implements Outcome {
    }

    /** A record that could not be imported, and why. */
    public record Refused(String source, String reason) implements Outcome {
    }

    /**
     * One file: its format, and the outcome of each of its records in file order; {@code refusedWhole} says why
     * a file that could not be read as references at all was refused (then it has no outcomes).
     */
    public record FileAccount(Path file, String format, List<Outcome> outcomes, String refusedWhole) {

        public FileAccount {
            outcomes = List.copyOf(outcomes);
        }

        public int records() {
            return outcomes.size();
        }

        public List<Added> added() {
            return only(outcomes, Added.class);
        }

        public List<Duplicate> duplicates() {
            return only(outcomes, Duplicate.class);
        }

        public List<Refused> refused() {
            return only(outcomes, Refused.class);
        }
    }

    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public List<Added> added() {
        return all(FileAccount::added);
    }

    public List<Duplicate> duplicates() {
        return all(FileAccount::duplicates);
    }

    public List<Refused> refused() {
        return all(FileAccount::refused);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    private <T> List<T> all(Function<FileAccount, List<T>> part) {
        return files.stream().flatMap(f -> part.apply(f).stream()).toList();
    }

    private static <T> List<T> only(List<Outcome> outcomes, Class<T> kind) {
        return outcomes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
