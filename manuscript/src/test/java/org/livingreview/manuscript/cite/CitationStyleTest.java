package org.livingreview.manuscript.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.livingreview.model.Problems;

/** The locale a style formats in: its own default-locale wins over the review's, as in citeproc-js (Zotero). */
class CitationStyleTest {

    private static CitationStyle bundled(String id) {
        return CitationStyles.resolve(id, Path.of("."), null, new Problems()).orElseThrow();
    }

    @Test
    void aStyleWithADefaultLocaleFormatsInIt() {
        assertEquals("en-GB", bundled("nature").locale("en-US"));
        assertEquals("en-US", bundled("american-medical-association").locale("de-DE"));
    }

    @Test
    void aStyleWithoutOneFormatsInTheReviewsLocale() {
        assertEquals("de-DE", bundled("vancouver").locale("de-DE"));
        assertEquals("en-US", bundled("apa").locale("en-US"));
    }

    @Test
    void aDependentStyleFormatsInItsOwnDefaultLocale() {
        // abi-technik (a dependent of chicago-notes-bibliography, which has none) says de-DE.
        assertEquals("de-DE", bundled("abi-technik").locale("en-US"));
    }

    @Test
    void aLocaleIsServedByItsOwnFileOrItsLanguagesPrimaryDialect() {
        assertTrue(CitationStyles.hasLocale("de-DE"));
        assertTrue(CitationStyles.hasLocale("de"));
        assertTrue(CitationStyles.hasLocale("en-NZ"));
        assertFalse(CitationStyles.hasLocale("xx-YY"));
        assertFalse(CitationStyles.hasLocale("qq"));
    }
}
