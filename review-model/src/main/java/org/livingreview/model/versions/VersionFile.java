package org.livingreview.model.versions;

import org.livingreview.model.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.livingreview.model.ScreeningStatus;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.livingreview.model.Problems;
import org.livingreview.model.yaml.MappingFields;
import org.livingreview.model.yaml.YamlFiles;
import org.livingreview.model.ProjectLayout;

/**
 * {@code seeds/versions.yaml}: the review's recorded versions, written by {@code living-review release}
 * and committed with the seeds. One line per claim, so a release reads well in a diff.
 */
public final class VersionFile {

    private static final Set<String> FILE_KEYS = Set.of("versions");
    private static final Set<String> VERSION_KEYS = Set.of("version", "date", "message", "duplicates-removed",
            "papers", "section-texts");
    private static final Set<String> PAPER_KEYS = Set.of("status", "reason", "metadata", "claims");

    private static final String RESTORE = "restore the file from version control rather than edit it by hand";

    private VersionFile() {
    }

    /** The recorded versions, oldest first; none when the file does not exist. Problems are reported. */
    public static List<RecordedVersion> load(Path project, Problems problems) {
        Path file = project.resolve(ProjectLayout.VERSIONS_FILE).normalize();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<RecordedVersion> versions = new ArrayList<>();
        YamlFiles.read(file, problems)
                .flatMap(root -> MappingFields.of(root, file, "the version file", FILE_KEYS, problems))
                .ifPresent(f -> {
                    for (Node node : f.list("versions")) {
                        MappingFields.of(node, file, "a version", VERSION_KEYS, problems)
                                .ifPresent(v -> version(v).ifPresent(versions::add));
                    }
                });
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                problems.error(org.livingreview.model.SourceLocation.startOf(file), "the versions must be numbered"
                        + " 1, 2, 3… in order, but version " + (i + 1) + " is numbered " + versions.get(i).number()
                        + " — restore the file from version control rather than edit it by hand");
                return List.of();
            }
        }
        return versions;
    }

    private static Optional<RecordedVersion> version(MappingFields v) {
        Integer number = v.wholeNumber("version", RESTORE);
        String date = v.requiredText("date");
        Integer duplicates = v.wholeNumber("duplicates-removed", RESTORE);
        Map<String, PaperSnapshot> papers = new LinkedHashMap<>();
        v.entries("papers", RESTORE).forEach((id, node) -> MappingFields.of(node, v.file(), "paper '" + id + "'",
                PAPER_KEYS, v.problems()).flatMap(VersionFile::paper).ifPresent(p -> papers.put(id, p)));
        Map<String, String> sectionTexts = new LinkedHashMap<>();
        v.entries("section-texts", RESTORE).forEach((id, node) -> {
            if (node instanceof ScalarNode value) {
                sectionTexts.put(id, value.getValue());
            }
        });
        if (number == null || date == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordedVersion(number, date, v.text("message"),
                duplicates == null ? 0 : duplicates, papers, sectionTexts));
    }

    private static Optional<PaperSnapshot> paper(MappingFields p) {
        String status = p.requiredText("status");
        Optional<ScreeningStatus> parsed = Arrays.stream(ScreeningStatus.values())
                .filter(s -> s.key().equals(status)).findFirst();
        if (status != null && parsed.isEmpty()) {
            p.problems().error(p.at("status"), "'status' must be one of " + String.join(", ", Arrays.stream(
                    ScreeningStatus.values()).map(ScreeningStatus::key).toList()) + ", not '" + status + "' — " + RESTORE);
        }
        Map<String, ClaimSnapshot> claims = new LinkedHashMap<>();
        p.entries("claims", RESTORE).forEach((id, node) -> {
            String value = node instanceof ScalarNode scalar ? scalar.getValue() : "";
            String[] parts = value.split(" ", 2);
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                p.problems().error(YamlFiles.at(p.file(), node.getStartMark()), "claim '" + id + "' must be written"
                        + " as 'section digest' on one line, not " + MappingFields.kind(node) + " — " + RESTORE);
                return;
            }
            claims.put(id, new ClaimSnapshot(parts[0], parts[1]));
        });
        return parsed.map(s -> new PaperSnapshot(s, p.text("reason"), p.text("metadata"), claims));
    }

    /** Writes the versions to the project's version file, replacing it whole. */
    public static void write(Path project, List<RecordedVersion> versions) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RecordedVersion version : versions) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("version", version.number());
            v.put("date", version.date());
            if (version.message() != null) {
                v.put("message", version.message());
            }
            v.put("duplicates-removed", version.duplicatesRemoved());
            Map<String, Object> papers = new LinkedHashMap<>();
            version.papers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                Map<String, Object> paper = new LinkedHashMap<>();
                paper.put("status", e.getValue().status().key());
                if (e.getValue().reason() != null) {
                    paper.put("reason", e.getValue().reason());
                }
                paper.put("metadata", e.getValue().metadata());
                Map<String, Object> claims = new LinkedHashMap<>();
                e.getValue().claims().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(c -> claims.put(c.getKey(), c.getValue().section() + " " + c.getValue().digest()));
                if (!claims.isEmpty()) {
                    paper.put("claims", claims);
                }
                papers.put(e.getKey(), paper);
            });
            v.put("papers", papers);
            if (!version.sectionTexts().isEmpty()) {
                v.put("section-texts", new LinkedHashMap<>(version.sectionTexts()));
            }
            list.add(v);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        String text = "# The review's recorded versions, written by 'living-review release'. Commit it with the seeds;\n"
                + "# do not edit it by hand.\n" + new Yaml(options).dump(Map.of("versions", list));
        Path file = project.resolve(ProjectLayout.VERSIONS_FILE);
        AtomicFiles.write(file, text);
    }
}
