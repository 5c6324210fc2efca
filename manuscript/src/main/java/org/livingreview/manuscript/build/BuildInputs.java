package org.livingreview.manuscript.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Digests of what each group of outputs is made from, kept next to the outputs so that a build knows what
 * it can skip: the reference exports depend on the paper files; the draft also on the review file, the
 * versions, the templates, the style and the date; the PDF also on its stylesheet. Every digest includes
 * the tool's version.
 */
public final class BuildInputs {

    /** The file beside the outputs that records the digests. */
    public static final String RECORD = ".living-review-build";
    static final String REFERENCES = "references";
    static final String DRAFT = "draft";
    static final String PDF = "pdf";
    /** The style the recorded digests were computed with (not a group of outputs). */
    static final String STYLE = "style";

    private BuildInputs() {
    }

    /** The digest of each output group's inputs. */
    static Map<String, String> digests(Path project, String styleSpec, String date) throws IOException {
        String version = toolVersion();
        String papers = hashFiles(project.resolve("seeds/papers"), f -> f.toString().endsWith(".yaml"));
        String seeds = hashFiles(project.resolve("seeds"), f -> !f.startsWith(project.resolve("seeds/papers")));
        String templates = hashFiles(project.resolve("templates"), f -> !f.endsWith(ReviewBuild.PDF_STYLESHEET_NAME));
        Path styleFile = project.resolve(styleSpec).normalize();
        String style = styleSpec + (styleSpec.endsWith(".csl") && Files.isRegularFile(styleFile)
                ? sha(Files.readAllBytes(styleFile)) : "");
        Path css = project.resolve(ReviewBuild.PDF_STYLESHEET);
        String stylesheet = Files.isRegularFile(css) ? sha(Files.readAllBytes(css)) : "shipped";
        Map<String, String> digests = new LinkedHashMap<>();
        digests.put(REFERENCES, sha(join(version, papers)));
        digests.put(DRAFT, sha(join(version, papers, seeds, templates, style, date)));
        digests.put(PDF, sha(join(version, papers, seeds, templates, style, date, stylesheet)));
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

    private static String toolVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BuildInputs.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }

    private static String hashFiles(Path dir, java.util.function.Predicate<Path> include) throws IOException {
        if (!Files.isDirectory(dir)) {
            return "none";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).filter(include)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
            for (Path file : sorted) {
                all.append(dir.relativize(file)).append(' ').append(sha(Files.readAllBytes(file))).append('\n');
            }
        }
        return all.toString();
    }

    private static String join(String... parts) {
        return String.join("\u0000", parts);
    }

    private static String sha(String text) {
        return sha(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
