package org.livingreview.manuscript.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.InputStream;
import java.util.List;

/** A DejaVu font file (from jasperreports-fonts) the PDF embeds: its family, weight and style. */
record EmbeddedFont(String file, String family, int weight, FontStyle style) {

    /** Every face the PDF can use. */
    static final List<EmbeddedFont> ALL = List.of(
            new EmbeddedFont("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
            new EmbeddedFont("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
            new EmbeddedFont("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
            new EmbeddedFont("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC),
            new EmbeddedFont("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new EmbeddedFont("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new EmbeddedFont("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new EmbeddedFont("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
            new EmbeddedFont("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    /** The regular face of each family: what decides whether a character can be drawn at all. */
    static List<EmbeddedFont> regular() {
        return ALL.stream().filter(f -> f.weight() == 400 && f.style() == FontStyle.NORMAL).toList();
    }

    /** The font file's bytes. */
    InputStream open() {
        InputStream in = EmbeddedFont.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is missing from the classpath (jasperreports-fonts)");
        }
        return in;
    }
}
