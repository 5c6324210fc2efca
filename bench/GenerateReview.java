import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic review of N papers for the benchmark: 1-30 authors with particles and diacritics,
 * long titles, DOIs, varied item types, and about three claims per paper across ten sections, each citing
 * one to three papers. Also writes, for pandoc, the same draft as Markdown with [@id] citations.
 * Usage: java bench/GenerateReview.java N OUTPUT_DIR [STYLE]
 */
public final class GenerateReview {

    private static final String[] FAMILIES = {"Müller", "García", "Dvořák", "Ødegaard", "Smith", "Kowalski",
            "Nguyen", "O'Brien", "Łukasiewicz", "Johansson", "Rossi", "Papadopoulos", "Çelik", "Bianchi", "Kim"};
    private static final String[] GIVEN = {"Anna", "José", "Søren", "Zoë", "Ji-woo", "Marie-Claire", "Björn",
            "Chloé", "Luca", "Ana María", "Stein-Erik", "Inge"};
    private static final String[] PARTICLES = {null, null, null, null, "van", "de", "van der", "von", "di"};
    private static final String[] WORDS = {"resistance", "tyrosine", "kinase", "inhibitor", "leukemic", "stem",
            "cells", "BCR::ABL1", "imatinib", "niche", "microRNA", "signaling", "remission", "relapse", "cohort",
            "ex vivo", "sensitivity", "deletions", "IKZF1", "mutations", "outcomes", "pediatric", "adult"};
    private static final String[] TYPES = {"article-journal", "article-journal", "article-journal", "book",
            "chapter", "paper-conference", "report", "thesis"};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String style = args.length > 2 ? args[2] : "vancouver";
        Random random = new Random(n);
        Files.createDirectories(out.resolve("seeds/papers"));
        StringBuilder review = new StringBuilder("title: Synthetic review of " + n + " papers\nstyle: " + style
                + "\nsections:\n");
        for (int s = 0; s < 10; s++) {
            review.append("  - {id: section-").append(s).append(", title: Section ").append(s).append("}\n");
        }
        Files.writeString(out.resolve("seeds/review.yaml"), review);
        List<List<String>> claimCites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "paper" + i;
            StringBuilder paper = new StringBuilder("id: " + id + "\ntype: " + TYPES[random.nextInt(TYPES.length)]
                    + "\ntitle: \"" + title(random) + "\"\nauthors:\n");
            int authors = 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 6);
            for (int a = 0; a < authors; a++) {
                String particle = PARTICLES[random.nextInt(PARTICLES.length)];
                paper.append("  - {family: \"").append(FAMILIES[random.nextInt(FAMILIES.length)]).append(a)
                        .append("\", given: \"").append(GIVEN[random.nextInt(GIVEN.length)]).append('"')
                        .append(particle == null ? "" : ", particle: " + particle).append("}\n");
            }
            paper.append("issued: ").append(1990 + random.nextInt(36)).append('-')
                    .append(String.format("%02d", 1 + random.nextInt(12))).append('\n')
                    .append("container-title: Journal of ").append(WORDS[random.nextInt(WORDS.length)]).append(" Studies\n")
                    .append("volume: \"").append(1 + random.nextInt(90)).append("\"\n")
                    .append("page: ").append(100 + i).append('-').append(110 + i).append('\n')
                    .append("doi: 10.5555/bench.").append(n).append('.').append(i).append('\n')
                    .append("screening: {status: included}\nclaims:\n");
            for (int c = 0; c < 3; c++) {
                List<String> cites = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    int other = random.nextInt(n);
                    if (other != i && !cites.contains("paper" + other)) {
                        cites.add("paper" + other);
                    }
                }
                List<String> all = new ArrayList<>(List.of(id));
                all.addAll(cites);
                claimCites.add(all);
                paper.append("  - id: ").append(id).append("-claim-").append(c).append("\n    section: section-")
                        .append(random.nextInt(10)).append("\n    text: Claim ").append(c).append(" reports that ")
                        .append(title(random).toLowerCase()).append(".\n");
                if (!cites.isEmpty()) {
                    paper.append("    cites: [").append(String.join(", ", cites)).append("]\n");
                }
            }
            Files.writeString(out.resolve("seeds/papers/" + id + ".yaml"), paper);
        }
        StringBuilder markdown = new StringBuilder("# Synthetic review of " + n + " papers\n\n");
        for (List<String> cites : claimCites) {
            markdown.append("A claim reports a finding [").append(String.join("; ", cites.stream().map(c -> "@" + c)
                    .toList())).append("].\n\n");
        }
        markdown.append("# References\n");
        Files.writeString(out.resolve("pandoc.md"), markdown);
    }

    private static String title(Random random) {
        StringBuilder title = new StringBuilder("A");
        for (int w = 8 + random.nextInt(12); w > 0; w--) {
            title.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return title.toString();
    }
}
