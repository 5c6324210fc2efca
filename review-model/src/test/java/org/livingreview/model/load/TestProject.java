package org.livingreview.model.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.LoadedReview;

/** A review project in a temporary folder, written file by file, for loader tests. */
final class TestProject {

    static final String REVIEW = """
            title: A test review
            sections:
              - id: background
                title: Background
              - id: genomic-lesions
                title: Genomic lesions
            """;

    private final Path dir;

    TestProject(Path dir) {
        this.dir = dir;
        review(REVIEW);
    }

    TestProject review(String yaml) {
        return write("seeds/review.yaml", yaml);
    }

    /** Writes seeds/papers/{id}.yaml. */
    TestProject paper(String id, String yaml) {
        return write("seeds/papers/" + id + ".yaml", yaml);
    }

    TestProject write(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    TestProject bytes(String relative, byte[] content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    LoadedReview load() {
        return ReviewLoader.load(dir);
    }

    /** Every problem as the command prints it, with paths relative to the project. */
    List<String> problems() {
        return load().problems().stream()
                .map(p -> p.format().replace(dir.toString() + "/", ""))
                .toList();
    }

    /** A valid included paper with one claim in 'background'; {@code extra} is added as more top-level lines. */
    static String validPaper(String id, String extra) {
        return """
                id: %s
                type: article-journal
                title: A paper
                authors:
                  - {family: Doe, given: Jane}
                issued: 2024
                screening: {status: included}
                claims:
                  - id: %s-claim
                    section: background
                    text: It reports a finding.
                %s""".formatted(id, id, extra);
    }
}
