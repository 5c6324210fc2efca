package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;

/** The complete example in docs/seeds-format.md loads as documented, so the document stays true. */
class SeedsFormatDocTest {

    private static final Path DOC = Path.of("../docs/seeds-format.md");

    @Test
    void documentedExampleLoads(@TempDir Path dir) throws IOException {
        Matcher blocks = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> yaml = blocks.results().map(m -> m.group(1)).toList();
        assertEquals(3, yaml.size(), "review.yaml, a paper file and a version snapshot");
        Matcher markdown = Pattern.compile("```markdown\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        assertTrue(markdown.find(), "the section text example");
        TestProject project = new TestProject(dir).review(yaml.get(0)).paper("vanoutersterp2024", yaml.get(1))
                .write("seeds/sections/background.md", markdown.group(1));

        // The example's claim (and its text) names a section and a paper that a one-paper project does not have;
        // the text's other citations, its placed claim and its '@'s that are no citation raise nothing.
        assertEquals(List.of(
                        "seeds/papers/vanoutersterp2024.yaml:41:14: error: the claim is in section 'genomic-lesions',"
                        + " which seeds/review.yaml does not list — add the section to seeds/review.yaml or use one"
                        + " of: background",
                        "seeds/papers/vanoutersterp2024.yaml:44:13: error: the claim cites 'kheyrandish2025', which is"
                        + " no paper of the review — add seeds/papers/kheyrandish2025.yaml or correct the id",
                        "seeds/sections/background.md:3:40: error: '@kheyrandish2025' is no paper of the review"
                        + " — add seeds/papers/kheyrandish2025.yaml or correct the id"),
                project.problems());
        Paper paper = project.load().review().papers().get(0);
        assertEquals(new Name("Outersterp", "Inge", "van", null, null, null), paper.reference().authors().get(0));
        assertEquals(Name.organisation("WHO Consortium"), paper.reference().authors().get(4));
        assertEquals("2024-04-10", paper.reference().issued().iso());
        assertEquals(true, paper.reference().authorsIncomplete());
    }
}
