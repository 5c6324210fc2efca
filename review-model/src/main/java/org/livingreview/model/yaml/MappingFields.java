package org.livingreview.model.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.livingreview.model.Identifiers;
import org.livingreview.model.Locations;
import org.livingreview.model.SourceLocation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.livingreview.model.Problems;
import org.livingreview.model.Suggestions;

/**
 * Typed, located access to the fields of one YAML mapping. Every mismatch (missing, wrong type,
 * unknown or duplicate key) is reported to {@link Problems} and read as absent, so loading goes on
 * and all problems come out in one pass.
 */
public final class MappingFields {

    private final Path file;
    private final String what;
    private final Problems problems;
    private final SourceLocation self;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MappingFields(Path file, String what, Problems problems, SourceLocation self) {
        this.file = file;
        this.what = what;
        this.problems = problems;
        this.self = self;
    }

    /** Reads {@code node} as a mapping with the given keys; empty (and reported) when it is not a mapping. */
    public static Optional<MappingFields> of(Node node, Path file, String what, Set<String> knownKeys, Problems problems) {
        SourceLocation at = YamlFiles.at(file, node.getStartMark());
        if (!(node instanceof MappingNode mapping)) {
            problems.error(at, what + " must be a mapping of 'key: value' fields, not " + kind(node)
                    + " — see docs/seeds-format.md for its fields");
            return Optional.empty();
        }
        MappingFields fields = new MappingFields(file, what, problems, at);
        for (NodeTuple tuple : mapping.getValue()) {
            SourceLocation keyAt = YamlFiles.at(file, tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.error(keyAt, "a key in " + what + " is " + kind(tuple.getKeyNode())
                        + " — keys must be plain words such as 'title'");
                continue;
            }
            String key = keyNode.getValue();
            if (fields.entries.containsKey(key)) {
                int firstLine = fields.entries.get(key).getKeyNode().getStartMark().getLine() + 1;
                problems.error(keyAt, "duplicate key '" + key + "' in " + what + " (first given on line "
                        + firstLine + ") — keep only one of them");
            } else if (!knownKeys.contains(key)) {
                problems.error(keyAt, "unknown key '" + key + "' in " + what
                        + Suggestions.closest(key, knownKeys).map(s -> " — did you mean '" + s + "'?")
                        .orElse(" — allowed keys are: " + String.join(", ", new TreeSet<>(knownKeys))));
            } else {
                fields.entries.put(key, tuple);
            }
        }
        return Optional.of(fields);
    }

    public SourceLocation self() {
        return self;
    }

    public Path file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    /** Where each present field's value starts. */
    public Locations locations() {
        Map<String, SourceLocation> at = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> at.put(key, YamlFiles.at(file, tuple.getValueNode().getStartMark())));
        return new Locations(self, at);
    }

    public SourceLocation at(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? self : YamlFiles.at(file, tuple.getValueNode().getStartMark());
    }

    /** The field's value node, or null when absent or written as an empty value. */
    public Node node(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        return tuple.getValueNode();
    }

    /** A text field: any plain scalar, read as written ({@code volume: 8} gives "8"). */
    public String text(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.error(at(key), "'" + key + "' in " + what + " must be text, not " + kind(node)
                    + " — write it on one line after the colon");
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            return null;
        }
        return value;
    }

    public String requiredText(String key) {
        String value = text(key);
        if (value == null && !wrongType(key)) {
            problems.error(entries.containsKey(key) ? at(key) : self, "missing required field '" + key + "' in "
                    + what + " — add '" + key + ": ...'");
        }
        return value;
    }

    /** A text field that must also be a valid review id. */
    public String id(String key, boolean required) {
        String value = required ? requiredText(key) : text(key);
        if (value != null && !Identifiers.isValidId(value)) {
            problems.error(at(key), "'" + value + "' is not a valid id — use " + Identifiers.ID_RULE
                    + ", at most " + Identifiers.MAX_ID_LENGTH + " characters (e.g. 'vanoutersterp2024')");
            return null;
        }
        return value;
    }

    public Boolean flag(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(node.getTag())) {
            return Boolean.valueOf(scalar.getValue().toLowerCase(java.util.Locale.ROOT).matches("true|yes|on|y"));
        }
        problems.error(at(key), "'" + key + "' in " + what + " must be true or false");
        return null;
    }

    /** A list field; a single value where a list is expected is reported, not guessed. */
    public List<Node> list(String key) {
        Node node = node(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.error(at(key), "'" + key + "' in " + what + " must be a list, not " + kind(node)
                    + " — write each item on its own line starting with '- '");
            return List.of();
        }
        return sequence.getValue();
    }

    /** A list of text items. */
    public List<String> textList(String key) {
        List<String> values = new ArrayList<>();
        for (Node item : list(key)) {
            if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problems.error(YamlFiles.at(file, item.getStartMark()), "each item of '" + key + "' in " + what
                        + " must be a piece of text, not " + kind(item));
            }
        }
        return values;
    }

    /** A whole number of at most six digits, or null (reported unless absent); {@code hint} says what to do. */
    public Integer wholeNumber(String key, String hint) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,6}")) {
            problems.error(at(key), "'" + key + "' in " + what + " must be a whole number, not '" + value + "' — "
                    + hint);
            return null;
        }
        return Integer.valueOf(value);
    }

    /**
     * A mapping field whose keys are ids: each key with its value node, in file order; a key that is not a
     * piece of text is reported and skipped.
     */
    public Map<String, Node> entries(String key, String hint) {
        Map<String, Node> entries = new LinkedHashMap<>();
        Node node = node(key);
        if (node == null) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.error(at(key), "'" + key + "' in " + what + " must be a mapping of 'id: value' entries, not "
                    + kind(node) + " — " + hint);
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode id && !isNull(id)) {
                entries.put(id.getValue(), tuple.getValueNode());
            } else {
                problems.error(YamlFiles.at(file, tuple.getKeyNode().getStartMark()), "a key of '" + key + "' in "
                        + what + " is " + kind(tuple.getKeyNode()) + " — " + hint);
            }
        }
        return entries;
    }

    /** A nested mapping field. */
    public Optional<MappingFields> mapping(String key, String nestedWhat, Set<String> knownKeys) {
        Node node = node(key);
        return node == null ? Optional.empty() : of(node, file, nestedWhat, knownKeys, problems);
    }

    public boolean has(String key) {
        return node(key) != null;
    }

    private boolean wrongType(String key) {
        Node node = node(key);
        return node != null && !(node instanceof ScalarNode);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a single value";
    }
}
