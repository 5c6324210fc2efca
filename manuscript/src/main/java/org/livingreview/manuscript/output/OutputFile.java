package org.livingreview.manuscript.output;

import java.nio.charset.StandardCharsets;

/** One rendered output file: its name in the output folder and its bytes. */
public record OutputFile(String name, byte[] content) {

    public OutputFile {
        content = content.clone();
    }

    /** A text file, in UTF-8. */
    public static OutputFile text(String name, String text) {
        return new OutputFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
