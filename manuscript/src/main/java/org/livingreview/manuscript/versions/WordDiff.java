package org.livingreview.manuscript.versions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;
import org.livingreview.manuscript.text.MarkdownText;

/**
 * Word-level differences between two texts (java-diff-utils), as Markdown a reader can follow: in
 * {@link Marks#PLAIN} deleted words read {@code ~~old words~~} and inserted ones {@code **new words**};
 * in {@link Marks#HTML} they are {@code <del>} and {@code <ins>}, which the PDF shows in colour with a
 * strike or underline and which screen readers announce. Whitespace between words is not a change.
 */
public final class WordDiff {

    /** How deleted and inserted words are marked. */
    public enum Marks {
        PLAIN("~~", "~~", "**", "**"),
        HTML("<del>", "</del>", "<ins>", "</ins>");

        private final String delOpen;
        private final String delClose;
        private final String insOpen;
        private final String insClose;

        Marks(String delOpen, String delClose, String insOpen, String insClose) {
            this.delOpen = delOpen;
            this.delClose = delClose;
            this.insOpen = insOpen;
            this.insClose = insClose;
        }

        /** {@code text} (already Markdown) marked as deleted. */
        public String deleted(String text) {
            return text.isEmpty() ? "" : delOpen + text + delClose;
        }

        /** {@code text} (already Markdown) marked as inserted. */
        public String inserted(String text) {
            return text.isEmpty() ? "" : insOpen + text + insClose;
        }
    }

    private WordDiff() {
    }

    /** {@code after} as Markdown, with the words deleted from {@code before} and inserted into it marked. */
    public static String render(String before, String after, Marks marks) {
        List<String> from = words(before);
        List<String> to = words(after);
        StringBuilder out = new StringBuilder();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            String deleted = escaped(delta.getSource().getLines());
            String inserted = escaped(delta.getTarget().getLines());
            String piece = switch (delta.getType()) {
                case EQUAL -> inserted;
                case DELETE -> marks.deleted(deleted);
                case INSERT -> marks.inserted(inserted);
                case CHANGE -> marks.deleted(deleted) + " " + marks.inserted(inserted);
            };
            if (!piece.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(piece);
            }
        }
        return out.toString();
    }

    /** Whether the two texts hold different words (whitespace aside). */
    public static boolean differ(String before, String after) {
        return !words(before).equals(words(after));
    }

    private static List<String> words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    private static String escaped(List<String> words) {
        return words.isEmpty() ? "" : MarkdownText.escape(String.join(" ", words));
    }
}
