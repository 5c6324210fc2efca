package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile YAML ends in one located problem, never an exception or a constructed object. */
class YamlSafetyTest {

    @TempDir
    Path dir;

    private List<String> problemsOf(String paperYaml) {
        return new TestProject(dir).paper("doe2024", paperYaml).problems();
    }

    @Test
    void syntaxErrorIsLocated() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:2:15: error: a ': ' where YAML does not expect a new key —"
                        + " put text that contains ': ' in quotes (\"...\")"),
                problemsOf("id: doe2024\ntitle: Ph+ ALL: a review\n"));
    }

    @Test
    void tabIndentationIsExplained() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:3:1: error: a tab character is used for indentation — YAML"
                        + " allows only spaces: replace the tab with spaces"),
                problemsOf("id: doe2024\nscreening:\n\tstatus: pending\n"));
    }

    @Test
    void duplicateKeyPointsAtTheSecond() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:4:1: error: duplicate key 'title' in the paper (first given on"
                        + " line 3) — keep only one of them"),
                problemsOf("id: doe2024\ntype: book\ntitle: A\ntitle: B\nscreening: {status: pending}\n"));
    }

    @Test
    void tagSnakeYamlCannotDecodeIsAProblemNotACrash() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:1:1: error: a YAML tag (a '!' marker) that cannot be read:"
                        + " Tag must not contain leading or trailing spaces. — seed files take no tags; remove the '!'"
                        + " marker or quote the value"),
                problemsOf(" !%d"));
    }

    @Test
    void controlCharacterWrittenAsAnEscapeIsRefused() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:3:8: error: the value holds a control character (U+001B),"
                        + " written as an escape — remove it (only tabs and line breaks are allowed)"),
                problemsOf("id: doe2024\ntype: book\ntitle: \"Stem\\e cells\\ttabbed\"\nscreening: {status: pending}\n"));
    }

    @Test
    void unsafeTagIsRefusedAndNothingIsConstructed() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:2:8: error: unsupported YAML tag"
                        + " 'tag:yaml.org,2002:javax.script.ScriptEngineManager' — seed files hold plain text, numbers,"
                        + " lists and mappings: remove the tag"),
                problemsOf("id: doe2024\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n")
                        .subList(0, 1));
    }

    @Test
    void localTagIsRefused() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:2:8: error: unsupported YAML tag '!shell' — seed files hold"
                        + " plain text, numbers, lists and mappings: remove the tag"),
                problemsOf("id: doe2024\ntitle: !shell rm -rf /\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreLocated() {
        byte[] latin1 = "id: doe2024\ntitle: Kr\u00e4mer\n".getBytes(StandardCharsets.ISO_8859_1);
        List<String> problems = new TestProject(dir).bytes("seeds/papers/doe2024.yaml", latin1).problems();
        assertEquals(List.of("seeds/papers/doe2024.yaml:2:10: error: the file is not valid UTF-8 — save it as UTF-8"
                + " in your editor (the bad byte is at this place)"), problems);
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsAreAccepted() {
        String yaml = TestProject.validPaper("doe2024", "").replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = yaml.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        assertEquals(List.of(), new TestProject(dir).bytes("seeds/papers/doe2024.yaml", content).problems());
    }

    @Test
    void emptyFileIsExplained() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:1:1: error: file is empty — write the fields this file needs"
                + " (see docs/seeds-format.md), or delete it"), problemsOf(""));
    }

    @Test
    void aliasBombIsStoppedByTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        List<String> problems = problemsOf(yaml.toString());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("error: the file uses more than 50 aliases (*name) of lists or mappings — write the values out"
                + " instead of aliasing them", problems.get(0).replaceFirst("^[^ ]+ ", ""));
    }

    @Test
    void deepNestingIsStoppedByTheNestingLimit() {
        String yaml = "id: doe2024\ntitle: " + "[".repeat(200) + "]".repeat(200) + "\n";
        List<String> problems = problemsOf(yaml);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("error: the file nests lists and mappings deeper than 50 levels — seed files need only a few"
                + " levels; flatten the structure", problems.get(0).replaceFirst("^[^ ]+ ", ""));
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertEquals(List.of("seeds/papers/doe2024.yaml:2:1: error: the file holds more than one YAML document"
                        + " (a second '---') — keep one document per file"),
                problemsOf("id: doe2024\n---\nid: again\n"));
    }
}
