package org.livingreview.manuscript.versions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.livingreview.model.Digests;
import org.livingreview.model.ProjectLayout;
import org.livingreview.model.versions.VersionSnapshots.Templates;

/**
 * The templates a release keeps, so that {@code build --version N} lays version N out as it was: the text of
 * every text file under templates/ and of each shipped template the project has none of (the draft's
 * template, the PDF stylesheet), and the SHA-256 of every other file (the DOCX reference document), which
 * a rebuild can only compare with today's.
 */
public final class KeptTemplates {

    /** The templates living-review ships, used where a project has none of its own. */
    private static final List<Path> SHIPPED = List.of(ProjectLayout.DRAFT_TEMPLATE, ProjectLayout.PDF_STYLESHEET,
            ProjectLayout.REFERENCE_DOCX);

    private KeptTemplates() {
    }

    /** The templates a build of {@code project} uses today, as a snapshot keeps them. */
    public static Templates of(Path project) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        Map<String, String> digests = new TreeMap<>();
        used(project).forEach((name, bytes) -> text(name, bytes).ifPresentOrElse(t -> texts.put(name, t),
                () -> digests.put(name, Digests.sha256(bytes))));
        return new Templates(texts, digests);
    }

    /**
     * Writes the kept text templates into {@code scratch}'s templates/ and copies the project's other template
     * files there; returns the names of the files a rebuild takes from today because they differ from those
     * the version recorded (or were not recorded).
     */
    public static List<String> restore(Templates kept, Path project, Path scratch) throws IOException {
        Path folder = scratch.resolve(ProjectLayout.TEMPLATES);
        Files.createDirectories(folder);
        for (var text : kept.texts().entrySet()) {
            Path file = folder.resolve(text.getKey()).normalize();
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.getValue(), StandardCharsets.UTF_8);
        }
        List<String> differing = new ArrayList<>();
        for (var file : used(project).entrySet()) {
            if (kept.texts().containsKey(file.getKey())) {
                continue;
            }
            Path own = project.resolve(ProjectLayout.TEMPLATES).resolve(file.getKey());
            if (Files.isRegularFile(own)) {
                Path copy = folder.resolve(file.getKey());
                Files.createDirectories(copy.getParent());
                Files.copy(own, copy);
            }
            if (!Digests.sha256(file.getValue()).equals(kept.digests().get(file.getKey()))) {
                differing.add(ProjectLayout.slashed(ProjectLayout.TEMPLATES.resolve(file.getKey())));
            }
        }
        return differing;
    }

    /** Every template file a build uses, by name under templates/: the project's, then the shipped ones it lacks. */
    private static Map<String, byte[]> used(Path project) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path folder = project.resolve(ProjectLayout.TEMPLATES);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                    if (ProjectLayout.isInput(project.relativize(f))) {
                        files.put(ProjectLayout.slashed(folder.relativize(f)), Files.readAllBytes(f));
                    }
                }
            }
        }
        for (Path shipped : SHIPPED) {
            String name = ProjectLayout.slashed(ProjectLayout.TEMPLATES.relativize(shipped));
            if (!files.containsKey(name)) {
                try (InputStream in = KeptTemplates.class.getResourceAsStream("/" + ProjectLayout.slashed(shipped))) {
                    files.put(name, in.readAllBytes());
                }
            }
        }
        return files;
    }

    /** The file's text when it is a text file (UTF-8, not a DOCX), kept whole; otherwise empty. */
    private static Optional<String> text(String name, byte[] bytes) {
        if (name.endsWith(".docx")) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
