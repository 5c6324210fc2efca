package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.ReviewBuild;

/** veraPDF finds no violated rule of PDF/A-2u or PDF/UA-1 in the shipped review's PDF. */
class PdfConformanceIT {

    @TempDir
    static Path dir;

    private static Path pdf;

    @BeforeAll
    static void build() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Path project = TestReviews.shippedCopy(dir.resolve("review"));
        assertTrue(ReviewBuild.build(BuildRequest.of(project, dir.resolve("out"))).succeeded());
        pdf = dir.resolve("out/review.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2u", "ua1"})
    void noRuleIsViolated(String flavourId) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getErrorMessage() + " @ " + assertion.getLocation().getContext());
                }
            }
            assertEquals(List.of(), List.copyOf(failed));
            assertTrue(result.isCompliant());
        }
    }
}
