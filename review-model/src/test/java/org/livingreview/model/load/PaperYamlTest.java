package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** A written paper file loads back, whatever its heading comment holds. */
class PaperYamlTest {

    @TempDir
    Path dir;

    @Test
    void everyLineBreakYamlKnowsIsKeptOutOfTheHeadingComment() {
        // Found by ImporterFuzzIT#importedFile: a BibTeX key holding U+0085 (NEXT LINE), which YAML 1.1 reads as a
        // line break, ended the comment early, and the rest of it was read as YAML.
        Map<String, Object> fields = new Yaml().load(TestProject.validPaper("doe2024", ""));
        String comment = "Imported from x.bib:1 record a\u0085b: c\u2028d: e\u2029f: g\rh: i\nj: k by living-review import.";

        String text = PaperYaml.write(fields, comment);

        assertEquals("# Imported from x.bib:1 record a b: c d: e f: g h: i j: k by living-review import.",
                text.lines().findFirst().orElseThrow());
        assertEquals(List.of(), new TestProject(dir).paper("doe2024", text).problems());
    }
}
