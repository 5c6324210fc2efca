package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.livingreview.model.Name;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;

/** The same work recognised across databases: by identifier, else by title, first author, year and pages. */
class DuplicateKeysTest {

    private static Reference paper(String title, String family, Integer year, String volume, String page, String doi,
                                   String pmid) {
        return new Reference("article-journal", title, null, family == null ? List.of()
                : List.of(Name.person(family, "A")), false, List.of(),
                year == null ? null : new PartialDate(year, null, null), null, null, null, volume, null, page, null,
                null, null, null, null, doi, pmid, null, null, null, null, List.of());
    }

    private static Optional<String> evidence(Reference held, Reference candidate) {
        DuplicateKeys keys = new DuplicateKeys();
        keys.add(held, "held2020");
        return keys.match(candidate).map(m -> m.owner() + ": " + m.evidence());
    }

    @Test
    void aSharedIdentifierMatchesWhateverTheTitleSays() {
        assertEquals(Optional.of("held2020: the same DOI (10.1000/abc)"),
                evidence(paper("One", "Smith", 2020, null, null, "10.1000/ABC", null),
                        paper("Other", "Jones", 1999, null, null, "10.1000/abc", null)), "DOIs compare case-blind");
        assertEquals(Optional.of("held2020: the same PMID (123)"),
                evidence(paper("One", "Smith", 2020, null, null, null, "123"),
                        paper("Other", "Jones", 1999, null, null, null, "123")));
    }

    @Test
    void theSameTitleIgnoringCaseMarkupAccentsAndGreekLettersMatches() {
        Reference held = paper("TGF-β signalling in <i>BCR::ABL1</i> cells", "Müller", 2020, "12", "101-110", null,
                null);
        Reference candidate = paper("Tgf-beta Signalling in BCR::ABL1 Cells.", "Muller", 2021, "12", "101", null,
                null);
        assertEquals(Optional.of("held2020: the same title, first author, volume, first page,"
                + " year within one (2020, 2021)"), evidence(held, candidate));
    }

    @Test
    void aDetailThatDiffersTellsTwoRecordsWithOneTitleApart() {
        Reference held = paper("Annual report", "Smith", 2020, "3", "1", null, null);
        assertEquals(Optional.empty(), evidence(held, paper("Annual report", "Smith", 2022, "3", "1", null, null)),
                "years two apart");
        assertEquals(Optional.empty(), evidence(held, paper("Annual report", "Jones", 2020, "3", "1", null, null)),
                "another first author");
        assertEquals(Optional.empty(), evidence(held, paper("Annual report", "Smith", 2020, "4", "1", null, null)),
                "another volume");
        assertEquals(Optional.of("held2020: the same title"),
                evidence(held, paper("Annual report", null, null, null, null, null, null)),
                "details one record lacks do not count against it");
    }

    @Test
    void normalisedTitlesKeepLettersAndDigitsOfAnyScript() {
        assertEquals("alphasynucleinin2patients", DuplicateKeys.normalizedTitle("α-Synuclein in 2 patients!"));
        assertEquals("白血病治疗", DuplicateKeys.normalizedTitle("白血病・治疗"));
        assertEquals("cafeaulait", DuplicateKeys.normalizedTitle("<b>Café</b> au {L}ait"));
        assertEquals("", DuplicateKeys.normalizedTitle(null));
    }

    @Test
    void aRecordWithoutTitleOrIdentifiersMatchesNothing() {
        assertEquals(Optional.empty(), evidence(paper("", "Smith", 2020, null, null, null, null),
                paper("", "Smith", 2020, null, null, null, null)));
    }
}
