package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names split as BibTeX, RIS, MEDLINE, Cochrane and Ovid write them, into CSL-JSON names. */
class NamesTest {

    @ParameterizedTest(name = "BibTeX {0}")
    @CsvSource(delimiter = '|', value = {
        "Donald E. Knuth                 | [{\"family\":\"Knuth\",\"given\":\"Donald E.\"}]",
        "Knuth, Donald E.                | [{\"family\":\"Knuth\",\"given\":\"Donald E.\"}]",
        "Ludwig van Beethoven            | [{\"family\":\"Beethoven\",\"given\":\"Ludwig\",\"non-dropping-particle\":\"van\"}]",
        "van Beethoven, Ludwig           | [{\"family\":\"Beethoven\",\"given\":\"Ludwig\",\"non-dropping-particle\":\"van\"}]",
        "King, Jr, Martin Luther         | [{\"family\":\"King\",\"given\":\"Martin Luther\",\"suffix\":\"Jr\"}]",
        "{World Health Organization}     | [{\"literal\":\"World Health Organization\"}]",
        "M{\\\"u}ller, J{\\'e}r{\\^o}me  | [{\"family\":\"Müller\",\"given\":\"Jérôme\"}]",
        "Smith, A and {Barnes and Noble} | [{\"family\":\"Smith\",\"given\":\"A\"},{\"literal\":\"Barnes and Noble\"}]",
        "Smith, A AND Jones, B           | [{\"family\":\"Smith\",\"given\":\"A\"},{\"family\":\"Jones\",\"given\":\"B\"}]",
        "Smith, SR, Newton, K, Doe, J-P, Roe, AB | [{\"family\":\"Smith\",\"given\":\"SR\"},{\"family\":\"Newton\",\"given\":\"K\"},{\"family\":\"Doe\",\"given\":\"J-P\"},{\"family\":\"Roe\",\"given\":\"AB\"}]",
    })
    void bibTeX(String field, String expected) {
        assertEquals(expected, Names.fromBibTeX(field).toString());
    }

    @ParameterizedTest(name = "RIS/MEDLINE {0}")
    @CsvSource(delimiter = '|', value = {
        "Smith, John                | [{\"family\":\"Smith\",\"given\":\"John\"}]",
        "de la Cruz, Maria, III     | [{\"family\":\"Cruz\",\"given\":\"Maria\",\"non-dropping-particle\":\"de la\",\"suffix\":\"III\"}]",
        "Smith, John 2nd            | [{\"family\":\"Smith\",\"given\":\"John\",\"suffix\":\"2nd\"}]",
        "Doe, J Jr                  | [{\"family\":\"Doe\",\"given\":\"J\",\"suffix\":\"Jr\"}]",
        "van der Berg A.            | [{\"family\":\"Berg\",\"given\":\"A.\",\"non-dropping-particle\":\"van der\"}]",
        "Smith J.-P.                | [{\"family\":\"Smith\",\"given\":\"J.-P.\"}]",
        "GIMEMA Working Party       | [{\"literal\":\"GIMEMA Working Party\"}]",
    })
    void lastFirst(String name, String expected) {
        assertEquals(expected, Names.fromLastFirst(List.of(name)).toString());
    }

    @Test
    void aCommaListThatIsNotFamilyAndInitialsIsReadAsBibTeXNames() {
        assertEquals("[{\"family\":\"Smith\",\"given\":\"John\"},{\"family\":\"Newton\",\"given\":\"Isaac\"}]",
                Names.fromBibTeX("Smith, John and Newton, Isaac").toString());
        assertEquals("[{\"family\":\"Smith\",\"given\":\"Berta\",\"suffix\":\"John\"}]",
                Names.fromBibTeX("Smith, John, Berta").toString(), "three parts: von Last, Jr, First");
    }
}
