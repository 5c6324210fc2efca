package org.livingreview.model;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a review project keeps its files, relative to the project folder — the one place the layout is
 * spelled out — and which files under it are a build's inputs: YAML files under {@code seeds/}, the section
 * texts {@code seeds/sections/*.md} and the files under {@code templates/}, never an editor's temporary files
 * ({@code sed -i}'s {@code sedXXXXXX}, vim's {@code 4913}, {@code .swp} and {@code file~}, Emacs's
 * {@code #file#}), which appear and vanish while an author saves.
 */
public final class ProjectLayout {

    /** The reviewers' files. */
    public static final Path SEEDS = Path.of("seeds");
    /** The review's description. */
    public static final Path REVIEW_FILE = SEEDS.resolve("review.yaml");
    /** The paper files, one per paper. */
    public static final Path PAPERS = SEEDS.resolve("papers");
    /** The section texts, {@code <section id>.md}. */
    public static final Path SECTIONS = SEEDS.resolve("sections");
    /** The released versions. */
    public static final Path VERSIONS_FILE = SEEDS.resolve("versions.yaml");
    /** The snapshots of the papers and section texts of each released version. */
    public static final Path VERSION_SNAPSHOTS = SEEDS.resolve("versions");
    /** What each import brought in (the PRISMA flow's counts). */
    public static final Path IMPORT_LOG = SEEDS.resolve("import-log.yaml");
    /** The templates the outputs are made with. */
    public static final Path TEMPLATES = Path.of("templates");
    /** The draft's template when review.yaml names none. */
    public static final Path DRAFT_TEMPLATE = TEMPLATES.resolve("review.md.vm");
    /** The PDF's stylesheet (the shipped one when absent). */
    public static final Path PDF_STYLESHEET = TEMPLATES.resolve("pdf.css");
    /** The DOCX's reference document for its styles (the shipped one when absent). */
    public static final Path REFERENCE_DOCX = TEMPLATES.resolve("reference.docx");
    /** The folders that hold a build's inputs. */
    public static final List<Path> INPUT_FOLDERS = List.of(SEEDS, TEMPLATES);

    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..*|.*~|#.*#|\\d+|sed[A-Za-z0-9]{6}|.*\\.(swp|swx|swo|tmp|bak|orig|part)");

    private ProjectLayout() {
    }

    /** {@code relative} with forward slashes, as template names and classpath resources are written. */
    public static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** Whether the file at {@code relative} (to the project folder) is one a build reads, by its name and place. */
    public static boolean isInput(Path relative) {
        String name = relative.getFileName().toString();
        if (TEMPORARY.matcher(name).matches()) {
            return false;
        }
        return relative.startsWith(TEMPLATES) || (relative.startsWith(SEEDS) && name.endsWith(".yaml"))
                || (relative.startsWith(SECTIONS) && name.endsWith(".md"));
    }
}
