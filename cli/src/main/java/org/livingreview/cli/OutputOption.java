package org.livingreview.cli;

import java.nio.file.Path;
import org.livingreview.manuscript.build.ReviewBuild;
import picocli.CommandLine.Option;

/** The {@code --out DIR} option of the commands that write the review's outputs. */
final class OutputOption {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the outputs (default: target/review under the project).")
    Path out;

    Path dir(Path project) {
        return (out != null ? out : project.resolve(ReviewBuild.DEFAULT_OUTPUT)).normalize();
    }
}
