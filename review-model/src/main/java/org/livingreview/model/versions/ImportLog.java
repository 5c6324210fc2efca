package org.livingreview.model.versions;

import org.livingreview.model.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.livingreview.model.Problems;
import org.livingreview.model.yaml.MappingFields;
import org.livingreview.model.yaml.YamlFiles;
import org.livingreview.model.ProjectLayout;
import org.livingreview.model.SeedLimits;

/**
 * {@code seeds/import-log.yaml}: one entry per {@code living-review import}, appended by the command and
 * committed with the seeds, so the PRISMA flow can count the duplicates that imports removed.
 */
public final class ImportLog {

    private static final Set<String> FILE_KEYS = Set.of("imports");
    private static final Set<String> ENTRY_KEYS = Set.of("date", "file", "records", "added", "duplicates",
            "refused");
    private static final Yaml ENTRY_YAML = entryYaml();

    private ImportLog() {
    }

    /** The duplicates every recorded import removed, summed; 0 without a log. Problems are reported. */
    public static int duplicatesRemoved(Path project, Problems problems) {
        Path file = project.resolve(ProjectLayout.IMPORT_LOG).normalize();
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        int[] total = {0};
        YamlFiles.read(file, problems)
                .flatMap(root -> MappingFields.of(root, file, "the import log", FILE_KEYS, problems))
                .ifPresent(f -> {
                    for (Node node : f.list("imports")) {
                        MappingFields.of(node, file, "an import", ENTRY_KEYS, problems).ifPresent(e -> {
                            Integer duplicates = e.wholeNumber("duplicates", "restore the file from version"
                                    + " control rather than edit it by hand");
                            if (duplicates != null) {
                                total[0] += duplicates;
                            } else if (!e.has("duplicates")) {
                                problems.error(e.self(), "an import needs 'duplicates', the number of records it"
                                        + " found already in the review — restore the file from version control");
                            }
                        });
                    }
                });
        return total[0];
    }

    /** Appends one import's counts of a file: its records, each added, a duplicate or refused. */
    public static void append(Path project, String date, String file, int records, int added, int duplicates,
                              int refused) throws IOException {
        Path log = project.resolve(ProjectLayout.IMPORT_LOG);
        String existing = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8)
                : "# One entry per 'living-review import' (the PRISMA flow counts its duplicates). Commit it with"
                + " the seeds.\nimports:\n";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", date);
        fields.put("file", SeedLimits.NOT_PRINTABLE.matcher(file).replaceAll(""));
        fields.put("records", records);
        fields.put("added", added);
        fields.put("duplicates", duplicates);
        fields.put("refused", refused);
        String entry = "- " + ENTRY_YAML.dump(fields);
        AtomicFiles.write(log, existing + entry);
    }

    private static Yaml entryYaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options);
    }
}
