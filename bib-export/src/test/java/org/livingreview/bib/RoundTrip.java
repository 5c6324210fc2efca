package org.livingreview.bib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.livingreview.bib.imports.ImportReport;
import org.livingreview.bib.imports.ReferenceImporter;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;
import org.livingreview.model.load.ReviewLoader;

/** Exports a review in one format, imports the file into an empty project, and lists what differs. */
final class RoundTrip {

    static final Path FIXTURES = Path.of("../fixtures").toAbsolutePath().normalize();
    /** A frozen copy of the shipped review: tests never read the repository's own seeds/, which authors edit. */
    static final Path SHIPPED = FIXTURES.resolve("tki-review");
    static final Path VARIED = FIXTURES.resolve("varied");

    private RoundTrip() {
    }

    static List<Paper> papers(Path project) {
        LoadedReview loaded = ReviewLoader.load(project);
        if (loaded.hasErrors()) {
            throw new IllegalStateException("fixture has errors: " + loaded.problems());
        }
        return loaded.review().papers();
    }

    /** The papers after export to {@code format} and import into a new project in {@code work}. */
    static List<Paper> through(ExportFormat format, List<Paper> papers, Path work) throws IOException {
        Path project = work.resolve("project");
        Files.createDirectories(project.resolve("seeds"));
        Files.writeString(project.resolve("seeds/review.yaml"), "title: T\nsections:\n  - {id: all, title: All}\n");
        Path file = work.resolve("export." + format.id());
        Files.writeString(file, format.write(papers));
        ImportReport report = ReferenceImporter.importFiles(project, List.of(file));
        if (report.hasErrors() || !report.duplicates().isEmpty() || !report.refused().isEmpty()) {
            throw new IllegalStateException("import failed: " + report);
        }
        return ReviewLoader.load(project).review().papers();
    }

    /** For each original title: the fields whose values differ after the trip ("field: before → after"). */
    static Map<String, List<String>> differences(List<Paper> before, List<Paper> after) {
        Map<String, Reference> byTitle = new LinkedHashMap<>();
        after.forEach(p -> byTitle.put(p.reference().title(), p.reference()));
        Map<String, List<String>> diffs = new LinkedHashMap<>();
        for (Paper paper : before) {
            Reference a = paper.reference();
            Reference b = byTitle.get(a.title());
            List<String> fields = new ArrayList<>();
            if (b == null) {
                fields.add("title: not found among " + byTitle.keySet());
            } else {
                for (var component : Reference.class.getRecordComponents()) {
                    try {
                        Object x = component.getAccessor().invoke(a);
                        Object y = component.getAccessor().invoke(b);
                        if (!Objects.equals(x, y)) {
                            fields.add(component.getName() + ": " + x + " → " + y);
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            if (!fields.isEmpty()) {
                diffs.put(paper.id(), fields);
            }
        }
        return diffs;
    }
}
