package org.livingreview.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.livingreview.manuscript.cite.CitationStyles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code living-review styles}: the citation style ids a review can name in review.yaml or --style. */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = "Lists the bundled CSL style ids (about ten thousand), or those containing FILTER.")
final class StylesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILTER", arity = "0..1", description = "Show only ids containing this text.")
    private String filter;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String needle = filter == null ? "" : filter.toLowerCase(Locale.ROOT);
        List<String> ids = CitationStyles.available().stream().filter(id -> id.contains(needle)).toList();
        Report report = new Report(spec);
        ids.forEach(report::line);
        spec.commandLine().getErr().println(Report.plural(ids.size(), "style")
                + (filter == null ? "" : " matching '" + filter + "'"));
        spec.commandLine().getErr().flush();
        return ids.isEmpty() ? LivingReview.EXIT_PROBLEMS : 0;
    }
}
