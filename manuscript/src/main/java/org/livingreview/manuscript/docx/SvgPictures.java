package org.livingreview.manuscript.docx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Renders SVG drawings to PNG with Apache Batik (which the PDF's SVG support already brings), with the
 * DejaVu fonts from Maven registered first so that the text is drawn the same on every machine.
 */
final class SvgPictures {

    /** Pixels per SVG unit: twice the drawing's size, sharp when printed. */
    static final float SCALE = 2f;
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static volatile boolean fontsRegistered;

    private SvgPictures() {
    }

    /** The drawing as PNG, {@code width} SVG units wide (scaled by {@link #SCALE}). */
    static byte[] png(String svg, float width) throws IOException {
        registerFonts();
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width * SCALE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IOException("the SVG drawing could not be rendered (" + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }

    private static synchronized void registerFonts() throws IOException {
        if (fontsRegistered) {
            return;
        }
        System.setProperty("java.awt.headless", "true");
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try (InputStream in = SvgPictures.class.getResourceAsStream(FONT_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " is missing from the classpath (jasperreports-fonts)");
                }
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (FontFormatException e) {
                throw new IOException("font " + file + " is not a TrueType font", e);
            }
        }
        fontsRegistered = true;
    }
}
