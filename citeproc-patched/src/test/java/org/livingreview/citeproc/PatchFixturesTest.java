package org.livingreview.citeproc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each of the project's patches of citeproc-java (docs/citations.md) with the CSL suite fixture it makes
 * pass (a fixture the released citeproc-java 3.5.2 fails: it was in the first still-failing.txt).
 */
class PatchFixturesTest {

    @ParameterizedTest(name = "patch {0}: {1}")
    @CsvSource({
        "0001, disambiguate_YearSuffixAndSort",
    })
    void thePatchMakesItsFixturePass(String patch, String fixtureName) throws Exception {
        CslFixture fixture = CslFixture.read(Path.of("src/test/resources/csl-test-suite/humans", fixtureName + ".txt"));
        assertEquals(CslFixtureRunner.expected(fixture), CslFixtureRunner.actual(fixture));
    }
}
