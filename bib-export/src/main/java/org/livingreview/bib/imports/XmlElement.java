package org.livingreview.bib.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One element of an XML record, read whole: its name, attributes and content (text and child elements in
 * document order), so a record's fields can be looked up by path without a DOM parser.
 */
record XmlElement(String name, Map<String, String> attributes, List<Object> content) {

    /** The children named {@code name}. */
    List<XmlElement> children(String name) {
        List<XmlElement> children = new ArrayList<>();
        for (Object part : content) {
            if (part instanceof XmlElement child && child.name().equals(name)) {
                children.add(child);
            }
        }
        return children;
    }

    /** The element at the path of child names ("Journal", "JournalIssue", "Volume"), the first of each name. */
    Optional<XmlElement> at(String... path) {
        XmlElement current = this;
        for (String step : path) {
            List<XmlElement> next = current.children(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get(0);
        }
        return Optional.of(current);
    }

    /** The text of the element at {@code path}, stripped, or null when absent or blank. */
    String text(String... path) {
        return at(path).map(XmlElement::text).orElse(null);
    }

    /** The first child named {@code name} whose attribute {@code attribute} is {@code value}, as text. */
    String textWhere(String name, String attribute, String value) {
        return children(name).stream().filter(c -> value.equalsIgnoreCase(c.attributes().get(attribute)))
                .map(XmlElement::text).filter(t -> t != null).findFirst().orElse(null);
    }

    /** All text inside the element, inline markup flattened; {@code <sup>} and {@code <sub>} as Unicode when they can be. */
    String text() {
        StringBuilder text = new StringBuilder();
        appendText(text);
        String stripped = text.toString().replaceAll("\\s+", " ").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    boolean has(Predicate<XmlElement> test) {
        return content.stream().anyMatch(p -> p instanceof XmlElement e && test.test(e));
    }

    private void appendText(StringBuilder text) {
        StringBuilder inner = new StringBuilder();
        for (Object part : content) {
            if (part instanceof XmlElement child) {
                child.appendText(inner);
            } else {
                inner.append(part);
            }
        }
        text.append(switch (name) {
            case "sup" -> Scripts.superscript(inner.toString());
            case "sub" -> Scripts.subscript(inner.toString());
            default -> inner;
        });
    }

    /** Unicode superscript and subscript forms, used only when every character has one ("2+" → "²⁺"). */
    private static final class Scripts {
        private static final String PLAIN = "0123456789+-−=()n";
        private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ";
        private static final String SUB = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₙ";

        static String superscript(String text) {
            return mapped(text, SUPER);
        }

        static String subscript(String text) {
            return mapped(text, SUB);
        }

        private static String mapped(String text, String forms) {
            StringBuilder out = new StringBuilder();
            for (char c : text.strip().toCharArray()) {
                int i = PLAIN.indexOf(c);
                if (i < 0) {
                    return text;
                }
                out.append(forms.charAt(i));
            }
            return out.toString();
        }
    }
}
