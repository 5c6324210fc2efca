package org.livingreview.manuscript.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;
import org.livingreview.model.Suggestions;

/** Finds CSL styles: by id among the ~10,000 bundled in {@code org.citationstyles:styles}, or as a local file. */
public final class CitationStyles {

    private static final Pattern PARENT = Pattern.compile(
            "<link\\b[^>]*href=\"https?://www\\.zotero\\.org/styles/([^\"]+)\"[^>]*rel=\"independent-parent\"");
    private static final Pattern PARENT_REVERSED = Pattern.compile(
            "<link\\b[^>]*rel=\"independent-parent\"[^>]*href=\"https?://www\\.zotero\\.org/styles/([^\"]+)\"");

    private CitationStyles() {
    }

    /** Every bundled style id, sorted. */
    public static Set<String> available() {
        try {
            Set<String> ids = new TreeSet<>();
            CSL.getSupportedStyles().forEach(id -> ids.add(id.replaceFirst("^dependent/", "")));
            return ids;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the bundled CSL styles cannot be listed", e);
        }
    }

    /**
     * The style named by {@code spec}: a path ending in {@code .csl} (relative to the project) or a bundled
     * id. Unknown ids are reported at {@code at} with the closest ids.
     */
    public static Optional<CitationStyle> resolve(String spec, Path project, SourceLocation at, Problems problems) {
        if (spec.endsWith(".csl")) {
            Path file = project.resolve(spec).normalize();
            try {
                String xml = Files.readString(file, StandardCharsets.UTF_8);
                if (!xml.contains("<style") || !xml.contains("</style>")) {
                    problems.error(at, "'" + spec + "' is not a CSL style (no <style> element) — use a .csl file from"
                            + " the Zotero style repository, or a bundled style id such as vancouver");
                    return Optional.empty();
                }
                Optional<String> parent = parentId(xml);
                String independent = parent.isPresent() ? bundledXml(parent.get()).orElse(xml) : xml;
                return Optional.of(CitationStyle.of(spec, xml, xml, independent));
            } catch (java.nio.file.NoSuchFileException e) {
                problems.error(at, "there is no style file " + file + " — check the path, which is relative to the"
                        + " review's folder, or use a bundled style id such as vancouver");
                return Optional.empty();
            } catch (IOException e) {
                problems.error(at, "cannot read the style file " + file + " (" + e.getMessage() + ") — check that"
                        + " it is readable");
                return Optional.empty();
            }
        }
        Optional<String> xml = bundledXml(spec);
        if (xml.isEmpty()) {
            List<String> close = available().stream()
                    .filter(id -> Suggestions.closest(spec, List.of(id)).isPresent() || id.startsWith(spec))
                    .limit(5).toList();
            problems.error(at, "unknown citation style '" + spec + "' — "
                    + (close.isEmpty() ? "run 'living-review styles' to list the available ids"
                    : "did you mean " + String.join(", ", close) + "? ('living-review styles " + spec + "' lists more)"));
            return Optional.empty();
        }
        // A dependent style only names its independent parent (and perhaps a locale): format with the parent.
        Optional<String> parent = parentId(xml.get()).filter(id -> bundledXml(id).isPresent());
        String independent = parent.flatMap(CitationStyles::bundledXml).orElse(xml.get());
        return Optional.of(CitationStyle.of(spec, parent.orElse(spec), xml.get(), independent));
    }

    /**
     * Whether the bundled CSL locales serve a language tag: its own file, or its language's primary
     * dialect's ("de" is de-DE, "en-NZ" en-US), as the patched citeproc-java finds one (patch 0121).
     */
    public static boolean hasLocale(String tag) {
        String primary = LLocale.PRIMARY_DIALECTS.get(tag.split("[-_]")[0].toLowerCase(Locale.ROOT));
        return bundledLocale(tag) || primary != null && bundledLocale(primary);
    }

    private static boolean bundledLocale(String tag) {
        return CitationStyles.class.getResource("/locales-" + tag + ".xml") != null;
    }

    private static Optional<String> bundledXml(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        for (String path : List.of("/" + id + ".csl", "/dependent/" + id + ".csl")) {
            try (InputStream in = CitationStyles.class.getResourceAsStream(path)) {
                if (in != null) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> parentId(String xml) {
        for (Pattern pattern : List.of(PARENT, PARENT_REVERSED)) {
            Matcher m = pattern.matcher(xml);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
