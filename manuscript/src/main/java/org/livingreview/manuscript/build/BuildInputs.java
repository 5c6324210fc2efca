package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livingreview.manuscript.output.Input;
import org.livingreview.model.Digests;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.Project;
import org.livingreview.model.ProjectLayout;

/**
 * Digests of what each output is made from (its {@link Output#inputs()}), kept next to the outputs so that
 * a build knows what it can skip.
 */
final class BuildInputs {

    /** The file beside the outputs that records the digests. */
    static final String RECORD = ".living-review-build";
    /** The style the recorded digests were computed with (not a group of outputs). */
    static final String STYLE = "style";

    private BuildInputs() {
    }

    /**
     * The digest of each output's inputs, by output name; every digest includes the tool itself
     * ({@link ToolDigest}: its version and a digest of its code).
     */
    static Map<String, String> digests(Project project, String styleSpec, boolean frozenCitations,
                                       List<Output> outputs) throws IOException {
        Map<Input, String> inputs = new EnumMap<>(Input.class);
        inputs.put(Input.PAPERS, project.digest(ProjectLayout.PAPERS, f -> true));
        inputs.put(Input.REVIEW_SEEDS, project.digest(ProjectLayout.SEEDS, f -> !f.startsWith(ProjectLayout.PAPERS)));
        inputs.put(Input.TEMPLATES, project.digest(ProjectLayout.TEMPLATES,
                f -> !f.equals(ProjectLayout.PDF_STYLESHEET)));
        Path styleFile = project.dir().resolve(styleSpec).normalize();
        inputs.put(Input.STYLE, styleSpec + (styleSpec.endsWith(".csl") && Files.isRegularFile(styleFile)
                ? Digests.sha256(Files.readAllBytes(styleFile)) : ""));
        inputs.put(Input.DATE, project.isoDate());
        inputs.put(Input.PDF_STYLESHEET, project.inputs().getOrDefault(ProjectLayout.PDF_STYLESHEET, "shipped"));
        inputs.put(Input.CITATION_FIELDS, frozenCitations ? "frozen" : "live");
        String version = ToolDigest.get();
        Map<String, String> digests = new LinkedHashMap<>();
        for (Output output : outputs) {
            StringBuilder all = new StringBuilder(version);
            inputs.forEach((input, digest) -> {
                if (output.inputs().contains(input)) {
                    all.append('\u0000').append(input).append('\u0000').append(digest);
                }
            });
            digests.put(output.name(), Digests.sha256(all.toString()));
        }
        return digests;
    }

    /** The digests recorded by the last successful build into {@code outputDir}, if any. */
    static Map<String, String> recorded(Path outputDir) throws IOException {
        Path file = outputDir.resolve(RECORD);
        Map<String, String> recorded = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 2);
                if (parts.length == 2) {
                    recorded.put(parts[0], parts[1]);
                }
            }
        }
        return recorded;
    }

    static String record(Map<String, String> digests, String styleSpec) {
        StringBuilder out = new StringBuilder();
        digests.forEach((group, digest) -> out.append(group).append(' ').append(digest).append('\n'));
        out.append(STYLE).append(' ').append(styleSpec.replaceAll("[\\r\\n]", " ")).append('\n');
        return out.toString();
    }
}
