package org.livingreview.citeproc;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One human-readable fixture of the CSL processor test suite: blocks such as {@code >>===== MODE =====>>}
 * … {@code <<===== MODE =====<<} holding the mode, the style, the items (CSL-JSON), optional
 * CITATION-ITEMS or CITATIONS, and the RESULT citeproc-js gives.
 */
record CslFixture(String name, String mode, String style, String result, List<Object> input,
        List<Object> citationItems, List<Object> citations, Map<String, Object> abbreviations) {

    private static final Pattern START = Pattern.compile("^\\s*>>=+\\s*(.*?)\\s*=+(?:>>)?\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*<<=+\\s*(.*?)\\s*=+<<\\s*$");

    /** The fixture's group: the part of its name before the first underscore ("disambiguate"). */
    String group() {
        return name.substring(0, name.indexOf('_'));
    }

    @SuppressWarnings("unchecked")
    static CslFixture read(Path file) {
        try {
            Map<String, String> blocks = blocks(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            Map<String, Object> abbreviations = blocks.containsKey("ABBREVIATIONS")
                    ? (Map<String, Object>) object(blocks.get("ABBREVIATIONS")).get("default") : null;
            String fileName = file.getFileName().toString();
            return new CslFixture(fileName.substring(0, fileName.length() - ".txt".length()),
                    blocks.getOrDefault("MODE", ""), blocks.get("CSL"), blocks.getOrDefault("RESULT", ""),
                    array(blocks.get("INPUT")), array(blocks.get("CITATION-ITEMS")), array(blocks.get("CITATIONS")),
                    abbreviations);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static Map<String, String> blocks(String text) {
        Map<String, String> blocks = new HashMap<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            Matcher start = START.matcher(line);
            Matcher end = END.matcher(line);
            if (key == null && start.matches()) {
                key = start.group(1).toUpperCase();
                value.setLength(0);
            } else if (key != null && end.matches()) {
                blocks.put(key, value.toString().strip());
                key = null;
            } else if (key != null) {
                value.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static List<Object> array(String json) throws IOException {
        return json == null ? null : new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
    }

    private static Map<String, Object> object(String json) throws IOException {
        return new JsonParser(new JsonLexer(new StringReader(json))).parseObject();
    }
}
