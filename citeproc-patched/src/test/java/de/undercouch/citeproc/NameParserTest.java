package de.undercouch.citeproc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patch 0075's NameParser reads names as citeproc-js does: its results for the names of
 * patch-fixtures/name-parsing.input.json are the ones citeproc-js gave (name-parsing.expected.json).
 */
class NameParserTest {

    private static final Path FIXTURES = Path.of("src/test/resources/patch-fixtures");

    @Test
    void readsParticlesAndSuffixesAsCiteprocJs() throws IOException {
        List<Object> input = array("name-parsing.input.json");
        List<Object> expected = array("name-parsing.expected.json");
        assertEquals(input.size(), expected.size());
        for (int i = 0; i < input.size(); i++) {
            List<?> pair = (List<?>) input.get(i);
            CSLName name = NameParser.parse(new CSLNameBuilder().family((String) pair.get(0))
                    .given((String) pair.get(1)).build());
            assertEquals(expected.get(i), Arrays.asList(name.getFamily(), name.getGiven(),
                    name.getNonDroppingParticle(), name.getDroppingParticle(), name.getSuffix(),
                    Boolean.TRUE.equals(name.getCommaSuffix())), "name " + pair);
        }
    }

    @Test
    void takesAQuotedFamilyNameAsWritten() {
        CSLName name = NameParser.parse(new CSLNameBuilder().family("\"Van Dyke\"").given("Dick").build());
        assertEquals("Van Dyke", name.getFamily());
        assertEquals(null, name.getNonDroppingParticle());
    }

    private static List<Object> array(String file) throws IOException {
        return new JsonParser(new JsonLexer(new StringReader(Files.readString(FIXTURES.resolve(file))))).parseArray();
    }
}
