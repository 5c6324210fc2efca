package org.livingreview.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped review's exports, byte for byte, against files read by eye (src/test/resources/golden): the
 * same seeds always give the same bytes. Regenerate them with 'mvn package' (target/review/) and read the
 * diff before committing.
 */
class ExportGoldenTest {

    @ParameterizedTest
    @CsvSource({"CSL_JSON, shipped.json", "BIBTEX, shipped.bib", "RIS, shipped.ris"})
    void shippedReviewExportsAsReviewed(ExportFormat format, String golden) throws Exception {
        String expected;
        try (InputStream in = ExportGoldenTest.class.getResourceAsStream("/golden/" + golden)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, format.write(RoundTrip.papers(RoundTrip.SHIPPED)));
    }
}
