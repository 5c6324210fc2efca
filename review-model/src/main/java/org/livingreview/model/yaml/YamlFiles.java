package org.livingreview.model.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livingreview.model.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.livingreview.model.Problems;
import org.livingreview.model.SeedLimits;

/**
 * Reads one YAML file into a node tree, safely: nothing is ever constructed from tags, aliases,
 * nesting and size are bounded, and bytes that are not UTF-8 are reported rather than replaced.
 */
public final class YamlFiles {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    private YamlFiles() {
    }

    /** The file's single document, or empty with the reason reported (an empty file included). */
    public static Optional<Node> read(Path file, Problems problems) {
        SourceLocation start = SourceLocation.startOf(file);
        byte[] bytes;
        try {
            if (Files.size(file) > SeedLimits.MAX_FILE_BYTES) {
                problems.error(start, "file is larger than " + SeedLimits.MAX_FILE_BYTES / (1024 * 1024)
                        + " MiB — split it, or remove what does not belong in a seed file");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(start, "cannot read the file (" + e.getMessage() + ") — check that it exists and is readable");
            return Optional.empty();
        }
        Optional<String> text = decodeUtf8(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Node node = new Yaml(options()).compose(new java.io.StringReader(text.get()));
            if (node == null) {
                problems.error(start, "file is empty — write the fields this file needs (see docs/seeds-format.md), or delete it");
                return Optional.empty();
            }
            return holdsOnlyPlainData(file, node, problems) ? Optional.of(node) : Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.error(at(file, mark), YamlMessages.describe(e));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            problems.error(atOffset(file, text.get(), e.getPosition()), YamlMessages.describe(e));
        } catch (YAMLException e) {
            problems.error(start, YamlMessages.describe(e));
        } catch (IllegalArgumentException e) {
            problems.error(start, "a YAML tag (a '!' marker) that cannot be read: " + e.getMessage()
                    + " — seed files take no tags; remove the '!' marker or quote the value");
        }
        return Optional.empty();
    }

    /** The line and column of a code-point offset into {@code text} (SnakeYAML's reader counts code points). */
    private static SourceLocation atOffset(Path file, String text, int codePoints) {
        int index = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        return new SourceLocation(file, line, lastLine.codePointCount(0, lastLine.length()) + 1);
    }

    /** A 1-based location from SnakeYAML's 0-based mark. */
    public static SourceLocation at(Path file, Mark mark) {
        return mark == null ? SourceLocation.startOf(file)
                : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * Refuses explicit tags such as {@code !!javax.script.ScriptEngineManager} and control characters written as
     * escapes ({@code "\\e"}): seeds hold plain data only.
     */
    private static boolean holdsOnlyPlainData(Path file, Node root, Problems problems) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>(List.of(root));
        boolean plain = true;
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                problems.error(at(file, node.getStartMark()), "unsupported YAML tag '" + node.getTag().getValue()
                        + "' — seed files hold plain text, numbers, lists and mappings: remove the tag");
                plain = false;
            }
            Matcher control = SeedLimits.NOT_PRINTABLE.matcher(
                    node instanceof ScalarNode scalar ? scalar.getValue() : "");
            if (control.find()) {
                problems.error(at(file, node.getStartMark()), "the value holds a control character (U+"
                        + String.format("%04X", control.group().codePointAt(0)) + "), written as an escape — remove"
                        + " it (only tabs and line breaks are allowed)");
                plain = false;
            }
            if (node instanceof MappingNode mapping) {
                mapping.getValue().forEach(t -> {
                    pending.push(t.getValueNode());
                    pending.push(t.getKeyNode());
                });
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(pending::push);
            }
        }
        return plain;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(SeedLimits.MAX_ALIASES);
        options.setNestingDepthLimit(SeedLimits.MAX_NESTING);
        options.setCodePointLimit((int) SeedLimits.MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    private static Optional<String> decodeUtf8(Path file, byte[] bytes, Problems problems) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString());
        } catch (CharacterCodingException e) {
            problems.error(firstBadByte(file, bytes, skip), "the file is not valid UTF-8"
                    + " — save it as UTF-8 in your editor (the bad byte is at this place)");
            return Optional.empty();
        }
    }

    private static SourceLocation firstBadByte(Path file, byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = from;
        int offset = from;
        while (offset < bytes.length) {
            int length = sequenceLength(bytes[offset]);
            boolean valid = length > 0 && offset + length <= bytes.length;
            if (valid) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, offset, length));
                } catch (CharacterCodingException e) {
                    valid = false;
                }
            }
            if (!valid) {
                String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
                return new SourceLocation(file, line, before.codePointCount(0, before.length()) + 1);
            }
            if (bytes[offset] == '\n') {
                line++;
                lineStart = offset + 1;
            }
            offset += length;
        }
        return SourceLocation.startOf(file);
    }

    private static int sequenceLength(byte lead) {
        int b = lead & 0xff;
        if (b < 0x80) {
            return 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            return 4;
        }
        return 0;
    }
}
