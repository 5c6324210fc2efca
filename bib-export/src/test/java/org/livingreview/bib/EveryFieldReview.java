package org.livingreview.bib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.ItemTypes;

/**
 * Writes a review with one paper of every CSL item type the model allows, each with every field of the
 * model filled (names with a particle, a dropping particle, a suffix and an organisation; an incomplete
 * author list; identifiers unique to the paper).
 */
final class EveryFieldReview {

    private EveryFieldReview() {
    }

    /** Writes {@code seeds/} of the review into {@code project}. */
    static void write(Path project) throws IOException {
        Path papers = Files.createDirectories(project.resolve("seeds/papers"));
        Files.writeString(project.resolve("seeds/review.yaml"),
                "title: Every item type and field\nsections:\n  - {id: all, title: All}\n");
        List<String> types = ItemTypes.ALL;
        for (int n = 0; n < types.size(); n++) {
            String type = types.get(n);
            String id = type.replace('_', '-') + "-every";
            Files.writeString(papers.resolve(id + ".yaml"), """
                    id: %1$s
                    type: %2$s
                    title: "Every field of a %2$s: BCR::ABL1 in CML"
                    title-short: Every field %3$d
                    authors:
                      - {family: Outersterp, given: Inge, particle: van}
                      - {family: Beethoven, given: Ludwig, dropping-particle: van}
                      - {family: King, given: Martin Luther, suffix: Jr.}
                      - {literal: WHO Consortium}
                    authors-incomplete: true
                    editors:
                      - {family: Smith, given: Ann}
                      - {family: Boer, given: Monique L., particle: den}
                    issued: 2024-04-%4$02d
                    container-title: Container of %2$s
                    container-title-short: Cont %3$d
                    collection-title: Series of %2$s
                    volume: "8"
                    issue: "3"
                    page: 1835-1845
                    article-number: "e%3$d"
                    edition: "2"
                    publisher: Springer
                    publisher-place: Cham
                    isbn: 978-3-030-00000-0
                    doi: 10.1234/every.%3$d
                    pmid: "%5$d"
                    pmcid: PMC%6$d
                    url: https://example.org/every/%3$d
                    language: de
                    publication-type: Kind of %2$s
                    keywords: [imatinib, BCR::ABL1]
                    screening: {status: pending}
                    """.formatted(id, type, n + 1, n % 28 + 1, 30000000 + n, 1000000 + n));
        }
    }
}
