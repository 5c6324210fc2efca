package org.livingreview.manuscript.text;

/** Text that is already Markdown: templates print it as it is, never escaped again. */
public record Markdown(String text) {

    @Override
    public String toString() {
        return text;
    }
}
