package org.livingreview.bib.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** LaTeX field content to Unicode, including text that resembles the decoder's own placeholders. */
class LatexTest {

    @Test
    void accentsQuotesAndNonLatinTextComeBackAsUnicode() {
        assertEquals("Müller's ‘mixed’ — 白血病 ∼ α", Latex.decode("M{\\\"u}ller's ‘mixed’ — 白血病 ∼ α"));
    }

    @Test
    void textThatLooksLikeAPlaceholderIsKeptAsWritten() {
        assertEquals("QZ41ZQ and QZD2ZQQZ92492492ZQ Quality", Latex.decode("QZ41ZQ and QZD2ZQQZ92492492ZQ Quality"));
    }

    @Test
    void accentsAndOtherCommandsMeanWhatLatexMeans() {
        assertEquals("é è Ö ß Quick Qcells", Latex.decode("{\\'e} \\`e \\\"O \\ss{} \\emph{Quick} Q\\-cells"));
    }

    @Test
    void accentsOnDotlessIAndJGoOnThePlainLetter() {
        assertEquals("García María Jiří ı ȷ it", Latex.decode("Garc{\\'\\i}a Mar\\'{\\i}a Ji\\v{r}\\'\\i {\\i} \\j{} {\\it it}"));
    }

    @Test
    void commonNameCommandsDecode() {
        assertEquals("Łódź Øresund Ångström Æsir Straße Ça Señor Škoda Erdős Kołątaj 1990--2000 & 5%", Latex.decode("{\\L}{\\'o}d{\\'z} {\\O}resund {\\AA}ngstr{\\\"o}m {\\AE}sir Stra{\\ss}e {\\c C}a Se{\\~n}or {\\v S}koda Erd{\\H o}s Ko{\\l}{\\k a}taj 1990--2000 \\& 5\\%"));
    }

    @Test
    void charactersTheLatexParserRejectsDoNotLeaveTheFieldUndecoded() {
        assertEquals("Ph+ ALL & CML: 50% of BCR-ABL1 cases_x #1 in D. E. Knuth's x^2 $y$ \u0007 imatinib",
                Latex.decode("Ph+ ALL & CML: 50% of {BCR-ABL1} cases_x #1 in D.~E. Knuth's x^2 $y$ \u0007 {\\it imatinib}"));
    }

    @Test
    void textFieldsReadMathGreekAndTeXDashes() {
        assertEquals("Only β here; IC₅₀ of 10⁻³ M, α ± σ, $\\frac{a}{b}$ — and 1990–2000 – yes",
                Latex.decodeText("Only $\\beta$ here; IC$_{50}$ of 10$^{-3}$ M, $\\alpha \\pm \\sigma$,"
                        + " $\\frac{a}{b}$ --- and 1990--2000 \\textendash{} yes"));
        assertEquals("R&D costs $5 and $6", Latex.decodeText("R\\&D costs \\$5 and \\$6"));
    }
}
