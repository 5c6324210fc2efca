package org.livingreview.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option every command takes. */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The review's folder, holding seeds/ and templates/ (default: the current folder).")
    Path project;

    /** The project folder, normalised so that problem paths print short ("seeds/review.yaml"). */
    Path dir() {
        return project.normalize();
    }
}
