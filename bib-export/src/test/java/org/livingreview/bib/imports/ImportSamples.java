package org.livingreview.bib.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;
import org.livingreview.model.Reference;
import org.livingreview.model.load.ReviewLoader;

/** Helpers for import tests: empty projects, sample files, and one-line summaries of what was imported. */
final class ImportSamples {

    private ImportSamples() {
    }

    static Path emptyProject(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/review.yaml"), "title: T\nsections:\n  - {id: all, title: All}\n");
        return dir;
    }

    /** Copies test resource {@code imports/name} into {@code dir}. */
    static Path sample(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ImportSamples.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    static List<Paper> papers(Path project) {
        return ReviewLoader.load(project).review().papers();
    }

    /** "id | title | authors | issued | container (short) | vol(issue) | page | no. | doi | pmid | pmcid". */
    static String summary(Paper paper) {
        Reference r = paper.reference();
        return String.join(" | ", paper.id(), r.title(),
                r.authors().stream().map(ImportSamples::name).collect(Collectors.joining("; "))
                        + (r.authorsIncomplete() ? "; et al." : ""),
                r.issued() == null ? "-" : r.issued().iso(),
                r.containerTitle() + " (" + r.containerTitleShort() + ")",
                r.volume() + "(" + r.issue() + ")", r.page() + " no." + r.articleNumber(),
                r.doi(), r.pmid(), r.pmcid());
    }

    /** Reads {@code text} as {@code format} from a file named "refs" of at most {@code maxRecords} records. */
    static FileRecords read(ImportFormat format, String text, int maxRecords) {
        FileRecords records = new FileRecords(Path.of("refs"), new Problems(), maxRecords);
        format.reader().read(text, records);
        return records;
    }

    static List<String> problems(FileRecords records) {
        return records.problems().sorted().stream().map(Problem::format).toList();
    }

    /** The titles of the records read (not refused). */
    static List<String> titles(FileRecords records) {
        return records.found().stream().filter(f -> f.record() != null).map(f -> f.record().reference().title())
                .toList();
    }

    private static String name(Name n) {
        if (n.isLiteral()) {
            return "{" + n.literal() + "}";
        }
        return (n.particle() == null ? "" : "[" + n.particle() + "] ") + n.family() + ", " + n.given();
    }
}
