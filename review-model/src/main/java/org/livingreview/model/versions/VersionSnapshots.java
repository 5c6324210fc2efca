package org.livingreview.model.versions;

import static org.livingreview.model.ProjectLayout.PAPERS;
import static org.livingreview.model.ProjectLayout.SEEDS;
import static org.livingreview.model.ProjectLayout.VERSION_SNAPSHOTS;

import org.livingreview.model.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.livingreview.model.Identifiers;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Paper;
import org.livingreview.model.Problems;
import org.livingreview.model.load.Folders;
import org.livingreview.model.load.PaperYaml;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.yaml.MappingFields;
import org.livingreview.model.yaml.YamlFiles;
import org.livingreview.model.Review;
import org.livingreview.model.SourceLocation;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code seeds/versions/<N>.yaml}: what version N of the review said, so that a build can show old and new
 * text and rebuild the version without git. It holds the review file and section prose as text and every
 * paper in the seeds format, and the templates the version was built with (the text of each text template,
 * a digest of any other file); a paper or template unchanged since an earlier version is written as
 * {@code as-in: K}, pointing at the version that holds it, so it is stored once.
 */
public final class VersionSnapshots {

    /** The seed files besides the papers a snapshot keeps, relative to {@code seeds/}. */
    private static final Pattern KEPT_FILE = Pattern.compile("review\\.yaml|sections/[A-Za-z0-9][A-Za-z0-9._-]*\\.md");
    private static final Set<String> FILE_KEYS = Set.of("version", "files", "papers", "templates",
            "template-digests");
    private static final String AS_IN = "as-in";
    /** A template's name under templates/: no absolute path, no parent folder. */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    /** How a template's place in {@link Resolved#heldIn()} is keyed, apart from paper ids (which have no slash). */
    private static final String TEMPLATE_KEY = "templates/";

    /**
     * One version as recorded: the kept seed files (by path under seeds/), each paper's fields, by id, and
     * the templates it was built with (null in a snapshot recorded before templates were kept).
     */
    public record Snapshot(int number, Map<String, String> files, Map<String, Map<String, Object>> papers,
                           Templates templates) {
    }

    /**
     * The templates a version was built with, by name under templates/: the text of each text template (the
     * project's, or the shipped one it had none) and the SHA-256 of each other file (reference.docx).
     */
    public record Templates(Map<String, String> texts, Map<String, String> digests) {

        public Templates {
            texts = Map.copyOf(texts);
            digests = Map.copyOf(digests);
        }
    }

    private VersionSnapshots() {
    }

    /** The snapshot file of version {@code number}. */
    public static Path file(Path project, int number) {
        return project.resolve(VERSION_SNAPSHOTS).resolve(number + ".yaml").normalize();
    }

    /** Whether version {@code number} has a snapshot (versions recorded before snapshots were kept have none). */
    public static boolean exists(Path project, int number) {
        return Files.isRegularFile(file(project, number));
    }

    /** The snapshot of {@code review} (loaded from {@code project}) as version {@code number}. */
    public static Snapshot of(Path project, int number, Review review, Templates templates) throws IOException {
        Map<String, Map<String, Object>> papers = new TreeMap<>();
        for (Paper paper : review.papers()) {
            papers.put(paper.id(), PaperYaml.fields(paper));
        }
        return new Snapshot(number, keptFiles(project), papers, templates);
    }

    /** The project's seed files a snapshot keeps (review.yaml and each sections/&lt;id&gt;.md), by path under seeds/. */
    public static Map<String, String> keptFiles(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path seeds = project.resolve(SEEDS);
        if (!Files.isDirectory(seeds)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(seeds, 2)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                String name = seeds.relativize(f).toString().replace('\\', '/');
                if (KEPT_FILE.matcher(name).matches()) {
                    files.put(name, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /**
     * Writes {@code snapshot} atomically; each paper or template equal to the one in {@code previous} (may be
     * null) is written as a pointer to the version holding it ({@code heldIn}, from {@link #read}).
     */
    public static void write(Path project, Snapshot snapshot, Snapshot previous, Map<String, Integer> heldIn)
            throws IOException {
        Map<String, Object> papers = new LinkedHashMap<>();
        snapshot.papers().forEach((id, fields) -> {
            boolean unchanged = previous != null && fields.equals(previous.papers().get(id));
            papers.put(id, unchanged ? Map.of(AS_IN, heldIn.getOrDefault(id, previous.number())) : fields);
        });
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", snapshot.number());
        root.put("files", snapshot.files());
        root.put("papers", papers);
        if (snapshot.templates() != null) {
            Map<String, Object> templates = new TreeMap<>();
            Map<String, String> before = previous == null || previous.templates() == null ? Map.of()
                    : previous.templates().texts();
            snapshot.templates().texts().forEach((name, text) -> templates.put(name, text.equals(before.get(name))
                    ? Map.of(AS_IN, heldIn.getOrDefault(TEMPLATE_KEY + name, previous.number())) : text));
            root.put("templates", templates);
            root.put("template-digests", new TreeMap<>(snapshot.templates().digests()));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        String text = "# Version " + snapshot.number() + " of the review as released, written by 'living-review"
                + " release'. Commit it with the seeds; do not edit it by hand.\n" + new Yaml(options).dump(root);
        Path file = file(project, snapshot.number());
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, text);
    }

    /**
     * The snapshot of version {@code number} with every {@code as-in} pointer followed, and for each paper
     * the version whose file holds it; empty, with the reason reported, when a file is missing or broken.
     */
    public static Optional<Resolved> read(Path project, int number, Problems problems) {
        Map<Integer, Optional<Raw>> cache = new TreeMap<>();
        Optional<Raw> raw = raw(project, number, problems, cache);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, Object>> papers = new TreeMap<>();
        Map<String, Integer> heldIn = new TreeMap<>();
        boolean ok = true;
        for (var entry : raw.get().papers().entrySet()) {
            Object value = entry.getValue();
            int from = number;
            if (value instanceof Integer pointer) {
                from = pointer;
                value = raw(project, pointer, problems, cache).map(r -> r.papers().get(entry.getKey())).orElse(null);
            }
            if (!(value instanceof Map<?, ?> fields)) {
                problems.error(SourceLocation.startOf(file(project, number)), "paper '" + entry.getKey()
                        + "' points to version " + from + ", which does not hold it — restore " + VERSION_SNAPSHOTS
                        + " from version control");
                ok = false;
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) fields;
            papers.put(entry.getKey(), typed);
            heldIn.put(entry.getKey(), from);
        }
        Templates templates = null;
        if (raw.get().templates() != null) {
            Map<String, String> texts = new TreeMap<>();
            for (var entry : raw.get().templates().entrySet()) {
                Object value = entry.getValue();
                int from = number;
                if (value instanceof Integer pointer) {
                    from = pointer;
                    value = raw(project, pointer, problems, cache).map(Raw::templates).map(t -> t.get(entry.getKey()))
                            .orElse(null);
                }
                if (!(value instanceof String text)) {
                    problems.error(SourceLocation.startOf(file(project, number)), "template '" + entry.getKey()
                            + "' points to version " + from + ", which does not hold it — restore " + VERSION_SNAPSHOTS
                            + " from version control");
                    ok = false;
                    continue;
                }
                texts.put(entry.getKey(), text);
                heldIn.put(TEMPLATE_KEY + entry.getKey(), from);
            }
            templates = new Templates(texts, raw.get().templateDigests());
        }
        return ok ? Optional.of(new Resolved(new Snapshot(number, raw.get().files(), papers, templates), heldIn))
                : Optional.empty();
    }

    /** A snapshot read back, with the version whose file holds each paper's fields (and each template). */
    public record Resolved(Snapshot snapshot, Map<String, Integer> heldIn) {
    }

    /**
     * A snapshot file as written: a paper is its fields, a template its text, or either the version number
     * it points to; the templates are null in a snapshot recorded before they were kept.
     */
    private record Raw(Map<String, String> files, Map<String, Object> papers, Map<String, Object> templates,
                       Map<String, String> templateDigests) {
    }

    private static Optional<Raw> raw(Path project, int number, Problems problems, Map<Integer, Optional<Raw>> cache) {
        if (cache.containsKey(number)) {
            return cache.get(number);
        }
        Path file = file(project, number);
        Optional<Raw> raw = Files.isRegularFile(file) ? parse(file, number, problems) : Optional.empty();
        if (!Files.isRegularFile(file)) {
            problems.error(SourceLocation.startOf(file), "version " + number + " has no snapshot file — restore "
                    + VERSION_SNAPSHOTS + " from version control");
        }
        cache.put(number, raw);
        return raw;
    }

    private static Optional<Raw> parse(Path file, int number, Problems problems) {
        int before = problems.sorted().size();
        Optional<MappingFields> root = YamlFiles.read(file, problems)
                .flatMap(node -> MappingFields.of(node, file, "a version snapshot", FILE_KEYS, problems));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        MappingFields f = root.get();
        if (!Integer.toString(number).equals(f.requiredText("version"))) {
            problems.error(f.has("version") ? f.at("version") : f.self(), "this file is named for version " + number
                    + " but says 'version: " + f.text("version") + "' — restore it from version control");
        }
        Map<String, String> files = new TreeMap<>();
        if (f.node("files") instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = scalar(tuple.getKeyNode());
                String text = scalar(tuple.getValueNode());
                if (name == null || text == null || !KEPT_FILE.matcher(name).matches()) {
                    problems.error(YamlFiles.at(file, tuple.getKeyNode().getStartMark()), "a snapshot's 'files' are"
                            + " review.yaml and sections/<id>.md, each with its text — restore the file from"
                            + " version control");
                } else {
                    files.put(name, text);
                }
            }
        }
        Map<String, Object> papers = new TreeMap<>();
        if (f.node("papers") instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                paper(file, number, tuple, problems).ifPresent(p -> papers.put(scalar(tuple.getKeyNode()), p));
            }
        } else {
            problems.error(f.has("papers") ? f.at("papers") : f.self(), "a snapshot needs 'papers', a mapping of"
                    + " paper ids — restore the file from version control");
        }
        Map<String, Object> templates = f.has("templates") ? templates(file, number, f.node("templates"), problems)
                : null;
        Map<String, String> digests = new TreeMap<>();
        if (f.node("template-digests") instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = scalar(tuple.getKeyNode());
                String digest = scalar(tuple.getValueNode());
                if (name == null || !TEMPLATE_NAME.matcher(name).matches() || digest == null
                        || !digest.matches("[0-9a-f]{64}")) {
                    problems.error(YamlFiles.at(file, tuple.getKeyNode().getStartMark()), "a snapshot's"
                            + " 'template-digests' name files under templates/, each with its SHA-256 — restore the"
                            + " file from version control");
                } else {
                    digests.put(name, digest);
                }
            }
        }
        return problems.sorted().size() == before ? Optional.of(new Raw(files, papers, templates, digests))
                : Optional.empty();
    }

    /** The 'templates' of a snapshot: each name's text, or the earlier version it points to. */
    private static Map<String, Object> templates(Path file, int number, Node node, Problems problems) {
        Map<String, Object> templates = new TreeMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.error(YamlFiles.at(file, node.getStartMark()), "a snapshot's 'templates' must be a mapping of"
                    + " template names — restore the file from version control");
            return templates;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = scalar(tuple.getKeyNode());
            SourceLocation at = YamlFiles.at(file, tuple.getKeyNode().getStartMark());
            if (name == null || !TEMPLATE_NAME.matcher(name).matches()) {
                problems.error(at, "a template in a snapshot is named by its path under templates/ — restore the"
                        + " file from version control");
            } else if (scalar(tuple.getValueNode()) != null) {
                templates.put(name, scalar(tuple.getValueNode()));
            } else {
                pointer(tuple.getValueNode(), number).ifPresentOrElse(k -> templates.put(name, k),
                        () -> problems.error(at, "template '" + name + "' must be its text or 'as-in: N' naming an"
                                + " earlier version — restore the file from version control"));
            }
        }
        return templates;
    }

    /** Whether {@code node} is written as {@code as-in: ...}. */
    private static boolean isPointer(Node node) {
        return node instanceof MappingNode fields && fields.getValue().size() == 1
                && AS_IN.equals(scalar(fields.getValue().get(0).getKeyNode()));
    }

    /** The earlier version an {@code as-in: K} mapping points to, if {@code node} is one. */
    private static Optional<Integer> pointer(Node node, int number) {
        if (isPointer(node) && node instanceof MappingNode fields) {
            String pointer = scalar(fields.getValue().get(0).getValueNode());
            if (pointer != null && pointer.matches("\\d{1,6}") && Integer.parseInt(pointer) < number) {
                return Optional.of(Integer.parseInt(pointer));
            }
        }
        return Optional.empty();
    }

    /** A paper entry: its fields, or the earlier version it points to. */
    private static Optional<Object> paper(Path file, int number, NodeTuple tuple, Problems problems) {
        String id = scalar(tuple.getKeyNode());
        SourceLocation at = YamlFiles.at(file, tuple.getKeyNode().getStartMark());
        if (id == null || !Identifiers.isValidId(id)) {
            problems.error(at, "a paper id in a snapshot must be " + Identifiers.ID_RULE
                    + " — restore the file from version control");
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof MappingNode fields)) {
            problems.error(at, "paper '" + id + "' must be a mapping of its fields or 'as-in: N'"
                    + " — restore the file from version control");
            return Optional.empty();
        }
        if (isPointer(fields)) {
            Optional<Integer> pointer = pointer(fields, number);
            if (pointer.isEmpty()) {
                problems.error(at, "paper '" + id + "': 'as-in' must name an earlier version — restore the file"
                        + " from version control");
            }
            return pointer.map(Object.class::cast);
        }
        return Optional.of(new PlainData().construct(fields));
    }

    /** Builds plain Java maps, lists and strings from a node already checked to hold only plain data. */
    private static final class PlainData extends SafeConstructor {

        PlainData() {
            super(new LoaderOptions());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /**
     * The review as {@code snapshot} holds it, loaded through the ordinary loader from a scratch copy of
     * its files; problems in it are reported against its snapshot file.
     */
    public static Optional<Review> review(Path project, Snapshot snapshot, Problems problems) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("living-review-version-" + snapshot.number() + "-");
            materialize(snapshot, scratch);
            LoadedReview loaded = ReviewLoader.load(scratch);
            Path root = scratch;
            Optional<String> first = loaded.problems().stream().filter(org.livingreview.model.Problem::isError)
                    .map(p -> root.relativize(p.location().file()) + ": " + p.message()).findFirst();
            if (first.isPresent()) {
                problems.error(SourceLocation.startOf(file(project, snapshot.number())), "version "
                        + snapshot.number() + " as recorded does not load (" + first.get() + ") — restore "
                        + VERSION_SNAPSHOTS + " from version control");
                return Optional.empty();
            }
            return Optional.of(loaded.review());
        } catch (IOException e) {
            problems.error(SourceLocation.startOf(file(project, snapshot.number())), "cannot unpack version "
                    + snapshot.number() + " (" + e.getMessage() + ") — check that the temporary folder is writable");
            return Optional.empty();
        } finally {
            try {
                Folders.delete(scratch);
            } catch (IOException e) {
                // A scratch copy left in the temporary folder harms nothing.
            }
        }
    }

    /** Writes the snapshot's seeds into {@code project}: seeds/review.yaml, sections and one file per paper. */
    public static void materialize(Snapshot snapshot, Path project) throws IOException {
        Path seeds = project.resolve(SEEDS);
        Files.createDirectories(project.resolve(PAPERS));
        for (var file : snapshot.files().entrySet()) {
            Path target = seeds.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        for (var paper : snapshot.papers().entrySet()) {
            Files.writeString(project.resolve(PAPERS).resolve(paper.getKey() + ".yaml"),
                    PaperYaml.write(paper.getValue(), "As recorded in version " + snapshot.number()),
                    StandardCharsets.UTF_8);
        }
    }
}
