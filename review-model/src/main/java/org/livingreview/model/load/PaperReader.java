package org.livingreview.model.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.livingreview.model.Claim;
import org.livingreview.model.Identifiers;
import org.livingreview.model.ItemTypes;
import org.livingreview.model.Locations;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;
import org.livingreview.model.Screening;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Study;
import org.yaml.snakeyaml.nodes.Node;
import org.livingreview.model.Problems;
import org.livingreview.model.yaml.MappingFields;
import org.livingreview.model.yaml.YamlFiles;
import org.livingreview.model.Suggestions;

/** Reads one {@code seeds/papers/<id>.yaml} file into a {@link Paper}, reporting every problem in it. */
final class PaperReader {

    static final Set<String> PAPER_KEYS = Set.of("id", "type", "title", "title-short", "authors",
            "authors-incomplete", "editors", "issued", "container-title", "container-title-short",
            "collection-title", "volume", "issue", "page", "article-number", "edition", "publisher",
            "publisher-place", "isbn", "doi", "pmid", "pmcid", "url", "language", "publication-type", "keywords",
            "screening", "study", "claims");
    static final Set<String> NAME_KEYS = Set.of("family", "given", "particle", "dropping-particle", "suffix",
            "literal");
    static final Set<String> SCREENING_KEYS = Set.of("status", "reason");
    static final Set<String> STUDY_KEYS = Set.of("design", "population");
    static final Set<String> CLAIM_KEYS = Set.of("id", "section", "text", "cites");

    private PaperReader() {
    }

    /** The paper, or empty when the file cannot give one with a valid id (the reasons are reported). */
    static Optional<Paper> read(Path file, Problems problems) {
        return YamlFiles.read(file, problems)
                .flatMap(root -> MappingFields.of(root, file, "the paper", PAPER_KEYS, problems))
                .flatMap(fields -> paper(fields, file));
    }

    private static Optional<Paper> paper(MappingFields fields, Path file) {
        String id = fields.id("id", true);
        String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (id != null && !id.equals(expected)) {
            fields.problems().error(fields.at("id"), "the paper id '" + id + "' does not match the file name '"
                    + file.getFileName() + "' — rename the file to '" + id + ".yaml' or change the id to '"
                    + expected + "'");
        }
        Reference reference = reference(fields);
        Screening screening = screening(fields);
        Study study = fields.mapping("study", "'study'", STUDY_KEYS)
                .map(s -> new Study(s.text("design"), s.text("population")))
                .orElse(Study.UNKNOWN);
        List<Claim> claims = claims(fields);
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new Paper(id, reference, screening, study, claims, fields.locations()));
    }

    private static Reference reference(MappingFields f) {
        String type = f.requiredText("type");
        if (type != null && !ItemTypes.isKnown(type)) {
            f.problems().error(f.at("type"), "unknown item type '" + type + "'"
                    + Suggestions.closest(type, ItemTypes.ALL).map(s -> " — did you mean '" + s + "'?")
                    .orElse(" — use a CSL item type such as article-journal, book, chapter or report"));
        }
        return new Reference(
                type,
                f.requiredText("title"),
                f.text("title-short"),
                names(f, "authors"),
                Boolean.TRUE.equals(f.flag("authors-incomplete")),
                names(f, "editors"),
                date(f, "issued"),
                f.text("container-title"),
                f.text("container-title-short"),
                f.text("collection-title"),
                f.text("volume"),
                f.text("issue"),
                f.text("page"),
                f.text("article-number"),
                f.text("edition"),
                f.text("publisher"),
                f.text("publisher-place"),
                f.text("isbn"),
                checked(f, "doi", Identifiers::isDoi, "a DOI such as 10.1182/bloodadvances.2023011567"
                        + " (without 'https://doi.org/')"),
                checked(f, "pmid", Identifiers::isPmid, "a PubMed id: digits only, such as 38386975"),
                checked(f, "pmcid", Identifiers::isPmcid, "a PubMed Central id such as PMC1234567"),
                checked(f, "url", u -> u.matches("https?://\\S+"), "an http:// or https:// address"),
                f.text("language"),
                f.text("publication-type"),
                f.textList("keywords"));
    }

    private static String checked(MappingFields f, String key, Predicate<String> valid, String expected) {
        String value = f.text(key);
        if (value != null && !valid.test(value)) {
            f.problems().error(f.at(key), "'" + value + "' is not a valid " + key + " — write " + expected
                    + ", or leave the field out when the source does not give it");
            return null;
        }
        return value;
    }

    private static PartialDate date(MappingFields f, String key) {
        String value = f.text(key);
        if (value == null) {
            return null;
        }
        Optional<PartialDate> date = PartialDate.parse(value);
        if (date.isEmpty()) {
            f.problems().error(f.at(key), "'" + value + "' is not a valid date — write YYYY, YYYY-MM or YYYY-MM-DD"
                    + " (e.g. 2024-04-10), with a month and day that exist");
        }
        return date.orElse(null);
    }

    private static List<Name> names(MappingFields f, String key) {
        List<Name> names = new ArrayList<>();
        for (Node node : f.list(key)) {
            MappingFields.of(node, f.file(), "a name in '" + key + "'", NAME_KEYS, f.problems())
                    .flatMap(PaperReader::name)
                    .ifPresent(names::add);
        }
        return names;
    }

    private static Optional<Name> name(MappingFields n) {
        String literal = n.text("literal");
        String family = n.text("family");
        if (literal != null) {
            if (family != null || n.has("given") || n.has("particle")) {
                n.problems().error(n.self(), "a name has both 'literal' and parts of a personal name — use"
                        + " 'literal' alone for an organisation, or 'family'/'given' for a person");
                return Optional.empty();
            }
            return Optional.of(Name.organisation(literal));
        }
        if (family == null) {
            n.problems().error(n.self(), "a name needs 'family' (a person's family name) or 'literal'"
                    + " (an organisation's name) — add one of them");
            return Optional.empty();
        }
        return Optional.of(new Name(family, n.text("given"), n.text("particle"), n.text("dropping-particle"),
                n.text("suffix"), null));
    }

    private static Screening screening(MappingFields f) {
        if (!f.has("screening")) {
            f.problems().error(f.self(), "missing required field 'screening' in the paper — add"
                    + " 'screening: {status: pending}' (or included, or excluded with a reason)");
            return Screening.pending();
        }
        return f.mapping("screening", "'screening'", SCREENING_KEYS).map(s -> {
            String word = s.requiredText("status");
            ScreeningStatus status = Arrays.stream(ScreeningStatus.values())
                    .filter(v -> v.key().equals(word)).findFirst().orElse(null);
            if (word != null && status == null) {
                List<String> keys = Arrays.stream(ScreeningStatus.values()).map(ScreeningStatus::key).toList();
                s.problems().error(s.at("status"), "unknown screening status '" + word + "'"
                        + Suggestions.didYouMean(word, keys) + " (use one of " + String.join(", ", keys) + ")");
            }
            String reason = s.text("reason");
            if (status == ScreeningStatus.EXCLUDED && reason == null) {
                s.problems().error(s.at("status"), "an excluded paper needs a 'reason' — say why it was excluded"
                        + " (e.g. reason: wrong population)");
            }
            return new Screening(status == null ? ScreeningStatus.PENDING : status, reason);
        }).orElse(Screening.pending());
    }

    private static List<Claim> claims(MappingFields f) {
        List<Claim> claims = new ArrayList<>();
        for (Node node : f.list("claims")) {
            MappingFields.of(node, f.file(), "a claim", CLAIM_KEYS, f.problems()).ifPresent(c -> {
                String id = c.id("id", true);
                String section = c.id("section", true);
                String text = c.requiredText("text");
                List<String> cites = c.textList("cites");
                Map<String, SourceLocation> at = new LinkedHashMap<>(c.locations().fields());
                List<Node> citeNodes = c.list("cites");
                for (int i = 0; i < citeNodes.size(); i++) {
                    at.put("cites." + i, YamlFiles.at(f.file(), citeNodes.get(i).getStartMark()));
                }
                if (id != null && section != null && text != null) {
                    claims.add(new Claim(id, section, text, cites, new Locations(c.self(), at)));
                }
            });
        }
        return claims;
    }
}
