package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livingreview.model.Name;
import org.livingreview.model.PartialDate;
import org.livingreview.model.Reference;

/** Paper ids: the first author's family name in ASCII and the year, disambiguated with letters. */
class PaperIdsTest {

    static Reference reference(String title, List<Name> authors, List<Name> editors, Integer year) {
        return new Reference("article-journal", title, null, authors, false, editors,
                year == null ? null : new PartialDate(year, null, null), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, List.of());
    }

    private static Reference by(String family, Integer year) {
        return reference("A title", List.of(Name.person(family, "A")), List.of(), year);
    }

    @Test
    void firstAuthorAndYearFoldedToAscii() {
        assertEquals("mullerschmied2021", PaperIds.base(by("Müller-Schmied", 2021)));
        assertEquals("strasse2020", PaperIds.base(by("Straße", 2020)));
        assertEquals("lokke2019", PaperIds.base(by("Løkke", 2019)));
        assertEquals("smithnd", PaperIds.base(by("Smith", null)), "no year: nd");
    }

    @Test
    void theParticleIsPartOfTheName() {
        Name vanOutersterp = new Name("Outersterp", "Inge", "van", null, null, null);
        assertEquals("vanoutersterp2024",
                PaperIds.base(reference("T", List.of(vanOutersterp), List.of(), 2024)));
    }

    @Test
    void withoutAuthorsTheEditorThenTheTitlesFirstLongWordStandsIn() {
        assertEquals("jones2018", PaperIds.base(reference("Proceedings", List.of(),
                List.of(Name.person("Jones", "B")), 2018)));
        assertEquals("imatinib2001", PaperIds.base(reference("On imatinib, at last", List.of(), List.of(), 2001)));
        assertEquals("who2022", PaperIds.base(reference("Report",
                List.of(Name.organisation("WHO guidelines")), List.of(), 2022)));
    }

    @Test
    void aNameWithoutLatinLettersFallsBackToTheTitleThenToRef() {
        assertEquals("leukemia2020", PaperIds.base(reference("Leukemia in children",
                List.of(Name.person("王", "小明")), List.of(), 2020)));
        assertEquals("ref2020", PaperIds.base(reference("白血病", List.of(Name.person("王", "小明")), List.of(), 2020)));
    }

    @Test
    void longNamesAreCutAtFortyLetters() {
        assertEquals("a".repeat(40) + "2020", PaperIds.base(by("A".repeat(60), 2020)));
    }

    @Test
    void takenIdsGetLettersAThroughZThenTwoLetters() {
        assertEquals("smith2020", PaperIds.next(by("Smith", 2020), Set.of(), new HashMap<>()));
        assertEquals("smith2020a", PaperIds.next(by("Smith", 2020), Set.of("smith2020"), new HashMap<>()));
        assertEquals("smith2020c", PaperIds.next(by("Smith", 2020),
                Set.of("smith2020", "smith2020a", "smith2020b"), new HashMap<>()));
        Set<String> through = new HashSet<>(Set.of("smith2020"));
        for (char c = 'a'; c <= 'z'; c++) {
            through.add("smith2020" + c);
        }
        assertEquals("smith2020za", PaperIds.next(by("Smith", 2020), through, new HashMap<>()));
    }

    @Test
    void theLastSuffixGivenPerBaseIsWhereTheNextSearchStarts() {
        Map<String, String> lastSuffix = new HashMap<>();
        Set<String> taken = new HashSet<>(Set.of("smith2020"));
        for (String expected : List.of("smith2020a", "smith2020b", "smith2020c")) {
            String id = PaperIds.next(by("Smith", 2020), taken, lastSuffix);
            assertEquals(expected, id);
            taken.add(id);
        }
        assertEquals("c", lastSuffix.get("smith2020"));
    }
}
