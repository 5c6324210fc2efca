package org.livingreview.manuscript.cite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a review of 2,000 references shaped as Zotero, PubMed, Crossref and BibLaTeX exports give them:
 * particles and suffixes, organisations, long author lists, incomplete author lists, pages with letters and
 * leading zeros, article numbers, abbreviated and full journal titles, preprints, books with editions,
 * chapters with editors, reports, theses, webpages, non-English titles, names alike in family and year.
 * The same seed always gives the same review, so its citeproc-js expectations can be checked in.
 */
final class RealisticReview {

    static final int PAPERS = 2000;
    private static final String[][] PEOPLE = {
        {"Smith", "John", null}, {"Smith", "Anna", null}, {"Müller", "Jürgen", null}, {"García", "María José", null},
        {"Nguyen", "Thi Thu", null}, {"O'Brien", "Siobhán", null}, {"Kowalski", "Piotr", null},
        {"Beethoven", "Ludwig", "van"}, {"Berg", "Anke", "van den"}, {"Graaf", "Pieter", "de"},
        {"Humboldt", "Alexander", "von"}, {"Silva", "João", "da"}, {"Dvořák", "Antonín", null},
        {"Ødegaard", "Ingrid", null}, {"Zhang", "Wei", null}, {"Kim", "Ji-woo", null}, {"Lee", "Jae-Hyun", null},
        {"Lee", "Min", null}, {"Papadopoulos", "Georgios", null}, {"Rossi", "Giulia", null},
        {"Dean", "Robert", null}, {"Bruijn", "Hans", "de"}, {"Allen", "Paul", null}, {"Cardona", "Ana", null},
        {"Berlijn", "Tom", null}, {"Hughes", "Timothy P.", null}, {"Ross", "David M.", null},
        {"Johansson", "Björn", null}, {"Çelik", "Ayşe", null}, {"Łukasiewicz", "Jan", null},
        {"Schmidt", "Hans-Peter", null}, {"Martin", "Marie-Claire", null}, {"Ahmed", "Fatima", null},
        {"Tanaka", "Hiroshi", null}, {"Okafor", "Chinedu", null}, {"Novak", "Petra", null},
    };
    private static final String[] ORGANISATIONS = {"World Health Organization", "European LeukemiaNet",
        "National Comprehensive Cancer Network", "Cochrane Haematological Malignancies Group",
        "GIMEMA Working Party", "U.S. Food and Drug Administration"};
    private static final String[][] JOURNALS = {
        {"Blood", "Blood"}, {"Leukemia", "Leukemia"}, {"Haematologica", "Haematologica"},
        {"Journal of Clinical Oncology", "J Clin Oncol"}, {"The New England Journal of Medicine", "N Engl J Med"},
        {"The Lancet Haematology", "Lancet Haematol"}, {"PLOS ONE", "PLoS One"}, {"JAMA Oncology", "JAMA Oncol"},
        {"Physical Review B", "Phys. Rev. B"}, {"Nature Communications", "Nat Commun"},
        {"Blood Advances", "Blood Adv"}, {"British Journal of Haematology", "Br J Haematol"},
        {"Deutsches Ärzteblatt International", "Dtsch Arztebl Int"}, {"Revue Médicale Suisse", "Rev Med Suisse"}};
    private static final String[] TITLES = {
        "Resistance to tyrosine kinase inhibitors in chronic myeloid leukemia",
        "BCR::ABL1 kinase domain mutations and response to ponatinib: a cohort study",
        "Treatment-free remission after imatinib discontinuation",
        "IKZF1 deletions in Philadelphia chromosome-positive acute lymphoblastic leukemia",
        "Minimal residual disease monitoring by digital PCR",
        "The role of the bone marrow niche in leukemic stem cell persistence",
        "Asciminib versus bosutinib in previously treated CML (ASCEMBL)",
        "Cost-effectiveness of generic imatinib in the USA and Europe",
        "Pediatric Ph+ ALL: outcomes with dasatinib and chemotherapy",
        "MicroRNA signatures of TKI sensitivity ex vivo",
        "Long-term follow-up of the IRIS trial",
        "Quality of life and adherence to oral targeted therapy",
        "Resistenz gegen Tyrosinkinase-Inhibitoren bei CML",
        "Résistance aux inhibiteurs de tyrosine kinase : revue de la littérature",
        "Resistencia a inhibidores de tirosina cinasa en leucemia mieloide crónica",
        "Clonal evolution under \"targeted\" therapy",
        "Why do some patients relapse? A population-based analysis",
        "T315I-mutated CML: what's next?"};
    private static final String[] PUBLISHERS = {"Springer", "Elsevier", "Oxford University Press", "Wiley-Blackwell",
        "Cambridge University Press"};
    private static final String[] PLACES = {"Cham", "Amsterdam", "Oxford", "Hoboken, NJ", "Cambridge"};
    private static final String[] PAGES = {"1211-20", "284-300.e7", "1186.e1-5", "e0123456", "S12-S15", "073101",
        "100640", "45-67", "1835-1845", "9-15", "2877-2898", "iii12-iii19", "R45-R52", "1101A-1109A"};

    private RealisticReview() {
    }

    /** Writes the review's seeds into {@code project} and returns it. */
    static Path write(Path project) throws IOException {
        Random random = new Random(14);
        Path papers = project.resolve("seeds/papers");
        Files.createDirectories(papers);
        Files.writeString(project.resolve("seeds/review.yaml"),
                "title: Realistic references\nsections:\n  - {id: all, title: All references}\n");
        for (int i = 0; i < PAPERS; i++) {
            String id = "ref" + i;
            Files.writeString(papers.resolve(id + ".yaml"), paper(id, i, random));
        }
        return project;
    }

    private static String paper(String id, int i, Random random) {
        String type = pick(random, "article-journal", "article-journal", "article-journal", "article-journal",
                "article-journal", "article-journal", "book", "chapter", "report", "thesis", "webpage", "article",
                "paper-conference");
        StringBuilder y = new StringBuilder("id: " + id + "\ntype: " + type + "\ntitle: " + quoted(title(random, i)) + "\n");
        int shape = random.nextInt(20);
        if (shape == 0 || type.equals("report") && random.nextBoolean()) {
            y.append("authors:\n  - {literal: ").append(quoted(pick(random, ORGANISATIONS))).append("}\n");
        } else {
            int count = shape < 2 ? 7 + random.nextInt(25) : 1 + random.nextInt(6);
            y.append("authors:\n");
            for (String person : people(random, count)) {
                y.append("  - ").append(person).append('\n');
            }
            if (shape == 2) {
                y.append("authors-incomplete: true\n");
            }
        }
        y.append("issued: ").append(date(random)).append('\n');
        switch (type) {
            case "article-journal" -> {
                String[] journal = JOURNALS[random.nextInt(JOURNALS.length)];
                // PubMed gives the abbreviation as the journal title; Crossref and Zotero the full title.
                y.append("container-title: ").append(quoted(random.nextInt(3) == 0 ? journal[1] : journal[0])).append('\n');
                if (random.nextBoolean()) {
                    y.append("container-title-short: ").append(quoted(journal[1])).append('\n');
                }
                y.append("volume: \"").append(1 + random.nextInt(140)).append("\"\n");
                if (random.nextInt(3) > 0) {
                    y.append("issue: \"").append(1 + random.nextInt(24)).append("\"\n");
                }
                if (random.nextInt(6) == 0) {
                    y.append("article-number: \"").append(100 + random.nextInt(9000)).append("\"\n");
                } else {
                    y.append("page: ").append(quoted(pick(random, PAGES))).append('\n');
                }
            }
            case "book" -> {
                if (random.nextBoolean()) {
                    y.append("edition: \"").append(2 + random.nextInt(6)).append("\"\n");
                }
                publisher(y, random);
                y.append("isbn: 978-3-16-148410-").append(random.nextInt(10)).append('\n');
            }
            case "chapter" -> {
                y.append("editors:\n");
                for (String person : people(random, 1 + random.nextInt(3))) {
                    y.append("  - ").append(person).append('\n');
                }
                y.append("container-title: ").append(quoted("Handbook of " + pick(random, "hematology", "leukemia",
                        "targeted therapy"))).append("\npage: ").append(100 + random.nextInt(300)).append('-')
                        .append(400 + random.nextInt(100)).append('\n');
                publisher(y, random);
            }
            case "report" -> publisher(y, random);
            case "thesis" -> y.append("publisher: ").append(pick(random, "Charles University", "University of Oslo",
                    "Universität Heidelberg")).append("\npublication-type: PhD thesis\n");
            case "webpage" -> y.append("container-title: ").append(quoted(pick(random, "ClinicalTrials.gov",
                    "Leukemia & Lymphoma Society", "NCCN"))).append('\n');
            case "article" -> y.append("publisher: ").append(pick(random, "bioRxiv", "medRxiv", "Research Square"))
                    .append('\n');
            default -> y.append("container-title: ").append(quoted("Proceedings of the " + (2000 + random.nextInt(25))
                    + " Conference on Hematology")).append("\npage: ").append(1 + random.nextInt(50)).append('-')
                    .append(60 + random.nextInt(20)).append('\n');
        }
        if (random.nextInt(4) > 0) {
            y.append("doi: 10.").append(1000 + random.nextInt(8000)).append("/rr.").append(i).append('\n');
        }
        if (type.equals("webpage") || random.nextInt(8) == 0) {
            y.append("url: https://example.org/ref/").append(i).append('\n');
        }
        return y.append("screening: {status: included}\nclaims:\n  - id: ").append(id)
                .append("-claim\n    section: all\n    text: The paper ").append(id).append(" reports something.\n")
                .toString();
    }

    private static void publisher(StringBuilder y, Random random) {
        int p = random.nextInt(PUBLISHERS.length);
        y.append("publisher: ").append(PUBLISHERS[p]).append("\npublisher-place: ").append(quoted(PLACES[p])).append('\n');
    }

    private static List<String> people(Random random, int count) {
        List<String> people = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            String[] p = PEOPLE[random.nextInt(PEOPLE.length)];
            String particle = p[2] == null ? "" : (p[0].equals("Beethoven") ? ", dropping-particle: " : ", particle: ") + p[2];
            String suffix = random.nextInt(60) == 0 ? ", suffix: Jr." : "";
            people.add("{family: " + quoted(p[0]) + ", given: " + quoted(p[1]) + particle + suffix + "}");
        }
        return people;
    }

    private static String title(Random random, int i) {
        String title = pick(random, TITLES);
        return random.nextInt(3) == 0 ? title + ": part " + (1 + i % 7) : title;
    }

    private static String date(Random random) {
        int year = 2005 + random.nextInt(21);
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(year);
            case 1 -> year + "-" + String.format("%02d", 1 + random.nextInt(12));
            default -> year + "-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
