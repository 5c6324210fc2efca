package org.livingreview.model.yaml;

import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.livingreview.model.SeedLimits;

/** Turns SnakeYAML's exceptions into messages that say what is wrong and what to do. */
final class YamlMessages {

    private YamlMessages() {
    }

    static String describe(YAMLException e) {
        String raw = e instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem() : String.valueOf(e.getMessage());
        String lower = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (lower.contains("global tag is not allowed")) {
            return "unsupported YAML tag '" + raw.substring(raw.indexOf(':') + 1).strip()
                    + "' — seed files hold plain text, numbers, lists and mappings: remove the tag";
        }
        if (lower.contains("\\t") || lower.contains("tab")) {
            return "a tab character is used for indentation — YAML allows only spaces: replace the tab with spaces";
        }
        if (lower.contains("aliases for non-scalar nodes")) {
            return "the file uses more than " + SeedLimits.MAX_ALIASES
                    + " aliases (*name) of lists or mappings — write the values out instead of aliasing them";
        }
        if (lower.contains("nesting depth")) {
            return "the file nests lists and mappings deeper than " + SeedLimits.MAX_NESTING
                    + " levels — seed files need only a few levels; flatten the structure";
        }
        if (lower.contains("exceeds the limit") && lower.contains("code points")) {
            return "the file is larger than the " + SeedLimits.MAX_FILE_BYTES / (1024 * 1024)
                    + " MiB a seed file may have — split it, or remove what does not belong in a seed file";
        }
        if (lower.contains("mapping values are not allowed")) {
            return "a ': ' where YAML does not expect a new key — put text that contains ': ' in quotes (\"...\")";
        }
        if (lower.contains("found undefined alias")) {
            return "an alias (*name) refers to no anchor (&name) — define the anchor first or write the value out";
        }
        if (lower.contains("expected a single document")) {
            return "the file holds more than one YAML document (a second '---') — keep one document per file";
        }
        if (lower.contains("special characters are not allowed")) {
            return "the file contains a control character — remove it (only tabs in quoted text and line breaks are allowed)";
        }
        String context = e instanceof MarkedYAMLException marked && marked.getContext() != null
                ? " " + marked.getContext() : "";
        return "YAML syntax error:" + context + " " + raw.strip() + " — fix the syntax at this place"
                + " (quote text that contains ':', '#', '[' or '{')";
    }
}
