package org.livingreview.cli;

import java.io.PrintWriter;
import java.util.List;
import org.livingreview.model.Problem;
import picocli.CommandLine.Model.CommandSpec;

/** Prints problems to standard error and results to standard output, as every command does. */
final class Report {

    private final CommandSpec spec;

    Report(CommandSpec spec) {
        this.spec = spec;
    }

    void problems(List<Problem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(p -> err.println(p.format()));
        err.flush();
    }

    void error(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("living-review: error: " + message);
        err.flush();
    }

    void line(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(text);
        out.flush();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
