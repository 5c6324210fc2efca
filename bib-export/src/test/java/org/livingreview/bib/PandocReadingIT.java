package org.livingreview.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;

/**
 * pandoc's reading of the exported .bib and .json (what {@code pandoc --citeproc} cites from): every
 * paper with its title and every name split as the model splits it (BibTeX has one kind of particle). An incomplete author list ends in
 * pandoc's "et al." name ({@code others}) from the .bib; the .json carries it as a note line instead, for
 * Zotero (docs/reference-exchange.md). Skipped where pandoc is not installed.
 */
class PandocReadingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"tki-review, BIBTEX, bibtex", "tki-review, CSL_JSON, csljson", "varied, BIBTEX, bibtex",
            "varied, CSL_JSON, csljson"})
    void pandocReadsEveryPaperAndNameAsExported(String project, ExportFormat format, String reader) throws Exception {
        List<Paper> papers = RoundTrip.papers(RoundTrip.FIXTURES.resolve(project));
        Path file = dir.resolve(format.fileName());
        Files.writeString(file, format.write(papers));
        Map<String, JsonNode> read = new HashMap<>();
        pandoc(reader, file).forEach(item -> read.put(item.get("id").asText(), item));
        List<String> wrong = new ArrayList<>();
        for (Paper paper : papers) {
            JsonNode item = read.get(paper.id());
            if (item == null) {
                wrong.add(paper.id() + ": not read");
                continue;
            }
            // pandoc capitalises BibTeX titles after a colon; the letters are what matters here.
            String title = item.path("title").asText().replace('\u2019', '\'');
            if (!title.toLowerCase(Locale.ROOT).equals(paper.reference().title().toLowerCase(Locale.ROOT))) {
                wrong.add(paper.id() + ": title " + title);
            }
            boolean bibtex = format == ExportFormat.BIBTEX;
            List<String> expected = new ArrayList<>(paper.reference().authors().stream().map(n -> name(n, bibtex))
                    .toList());
            if (paper.reference().authorsIncomplete() && bibtex) {
                expected.add("others");
            }
            List<String> names = new ArrayList<>();
            item.path("author").forEach(n -> names.add(name(n, bibtex)));
            if (!names.equals(expected)) {
                wrong.add(paper.id() + ": names " + names + " ≠ " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String name(Name n, boolean oneParticle) {
        if (n.isLiteral()) {
            return n.literal();
        }
        return name(n.given(), n.droppingParticle(), n.particle(), n.family(), n.suffix(), oneParticle);
    }

    private static String name(JsonNode n, boolean oneParticle) {
        if (n.has("literal")) {
            return n.get("literal").asText();
        }
        return name(text(n, "given"), text(n, "dropping-particle"), text(n, "non-dropping-particle"),
                text(n, "family"), text(n, "suffix"), oneParticle);
    }

    /**
     * A comparable name: pandoc sets apostrophes typographically and spaces initials ("E. J."), and reads
     * BibTeX's one kind of particle as a dropping one, so BibTeX names compare their particles as one.
     */
    private static String name(String given, String dropping, String particle, String family, String suffix,
                               boolean oneParticle) {
        String particles = oneParticle ? String.join(" ", Stream.of(dropping, particle).filter(Objects::nonNull)
                .toList()) : dropping + "|" + particle;
        return String.join("|", given == null ? null : given.replaceAll("\\.\\s+(?=\\p{Lu}\\.)", "."), particles,
                family, String.valueOf(suffix)).replace('\u2019', '\'');
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asText() : null;
    }

    private JsonNode pandoc(String reader, Path file) throws Exception {
        Path out = dir.resolve("pandoc.json");
        Process process;
        try {
            process = new ProcessBuilder("pandoc", "-f", reader, "-t", "csljson", "-o", out.toString(), file.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "pandoc is not installed (apt-get install pandoc)");
            throw e;
        }
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.waitFor(2, TimeUnit.MINUTES), "pandoc did not finish");
        assertEquals(0, process.exitValue(), messages);
        return JSON.readTree(out.toFile());
    }
}
