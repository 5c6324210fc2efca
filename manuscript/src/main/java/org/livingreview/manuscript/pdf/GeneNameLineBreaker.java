package org.livingreview.manuscript.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Unicode line breaking that never splits a name joined by colons, such as the fusion gene
 * {@code BCR::ABL1}: a line may not end after a colon that a letter or digit follows.
 */
final class GeneNameLineBreaker implements FSTextBreaker {

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int position = lines.next();
        while (position != BreakIterator.DONE && position > 0 && position < text.length()
                && text.charAt(position - 1) == ':' && Character.isLetterOrDigit(text.charAt(position))) {
            position = lines.next();
        }
        return position;
    }
}
