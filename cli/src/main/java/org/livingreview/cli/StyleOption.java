package org.livingreview.cli;

import picocli.CommandLine.Option;

/** The {@code --style ID} option of the commands that keep building (watch, preview). */
final class StyleOption {

    @Option(names = "--style", paramLabel = "ID", description = "A CSL style id or .csl file instead of review.yaml's.")
    String style;
}
