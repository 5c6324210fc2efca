package org.livingreview.model.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.livingreview.model.Identifiers;
import org.livingreview.model.ReviewAuthor;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.Section;
import org.livingreview.model.SourceLocation;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.livingreview.model.Problems;
import org.livingreview.model.yaml.MappingFields;
import org.livingreview.model.yaml.YamlFiles;

/** Reads {@code seeds/review.yaml} into a {@link ReviewInfo}, reporting every problem in it. */
final class ReviewInfoReader {

    static final Set<String> REVIEW_KEYS = Set.of("title", "short-title", "authors", "abstract", "keywords",
            "style", "locale", "page-size", "template", "sections");
    static final Set<String> AUTHOR_KEYS = Set.of("name", "orcid", "email", "affiliations");
    static final Set<String> SECTION_KEYS = Set.of("id", "title", "lead");
    static final List<String> PAGE_SIZES = List.of("A4", "Letter");

    private ReviewInfoReader() {
    }

    static Optional<ReviewInfo> read(Path file, Problems problems) {
        return YamlFiles.read(file, problems)
                .flatMap(root -> MappingFields.of(root, file, "the review", REVIEW_KEYS, problems))
                .map(ReviewInfoReader::info);
    }

    private static ReviewInfo info(MappingFields f) {
        String locale = f.text("locale");
        if (locale != null && !locale.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
            f.problems().error(f.at("locale"), "'" + locale + "' is not a locale — write a language tag such as"
                    + " en-US, en-GB, de-DE or fr-FR");
            locale = null;
        }
        String pageSize = f.text("page-size");
        if (pageSize != null && !PAGE_SIZES.contains(pageSize)) {
            f.problems().error(f.at("page-size"), "unknown page size '" + pageSize + "' — use A4 or Letter");
            pageSize = null;
        }
        List<Section> sections = sections(f);
        Node sectionsNode = f.node("sections");
        if (sectionsNode == null) {
            f.problems().error(f.self(), "missing required field 'sections' in the review — list the review's"
                    + " sections, each with an id and a title");
        } else if (sectionsNode instanceof SequenceNode list && list.getValue().isEmpty()) {
            f.problems().error(f.at("sections"), "the review has no sections — list at least one, with an id"
                    + " and a title");
        }
        return new ReviewInfo(
                f.requiredText("title"),
                f.text("short-title"),
                authors(f),
                f.text("abstract"),
                f.textList("keywords"),
                Optional.ofNullable(f.text("style")).orElse(ReviewInfo.DEFAULT_STYLE),
                Optional.ofNullable(locale).orElse(ReviewInfo.DEFAULT_LOCALE),
                Optional.ofNullable(pageSize).orElse(ReviewInfo.DEFAULT_PAGE_SIZE),
                f.text("template"),
                sections,
                f.locations());
    }

    private static List<ReviewAuthor> authors(MappingFields f) {
        List<ReviewAuthor> authors = new ArrayList<>();
        for (Node node : f.list("authors")) {
            MappingFields.of(node, f.file(), "a review author", AUTHOR_KEYS, f.problems()).ifPresent(a -> {
                String name = a.requiredText("name");
                String orcid = a.text("orcid");
                if (orcid != null && !Identifiers.isOrcid(orcid)) {
                    a.problems().error(a.at("orcid"), "'" + orcid + "' is not a valid ORCID iD — write the 16"
                            + " characters as 0000-0002-1825-0097 (the last one is a check digit: copy it from orcid.org)");
                    orcid = null;
                }
                if (name != null) {
                    authors.add(new ReviewAuthor(name, orcid, a.text("email"), a.textList("affiliations")));
                }
            });
        }
        return authors;
    }

    private static List<Section> sections(MappingFields f) {
        List<Section> sections = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node node : f.list("sections")) {
            MappingFields.of(node, f.file(), "a section", SECTION_KEYS, f.problems()).ifPresent(s -> {
                String id = s.id("id", true);
                String title = s.requiredText("title");
                if (id != null && seen.containsKey(id)) {
                    s.problems().error(s.at("id"), "duplicate section id '" + id + "' (first at line "
                            + seen.get(id).line() + ") — give each section its own id");
                } else if (id != null && title != null) {
                    seen.put(id, s.at("id"));
                    sections.add(new Section(id, title, s.text("lead"), s.self()));
                }
            });
        }
        return sections;
    }
}
