package org.livingreview.manuscript.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.versions.PaperSnapshot;
import org.livingreview.model.versions.RecordedVersion;

/**
 * The PRISMA 2020 flow of the review, with one column of counts per recorded version and one for the
 * current seeds (when they differ from the last version), as living systematic reviews show it.
 */
public record PrismaFlow(List<Column> columns) {

    /** The diagram's file name among the outputs. */
    public static final String FILE = "prisma.svg";

    /** The counts of one version (or of the current seeds). */
    public record Column(String label, int identified, int duplicates, int screened, int excluded,
                         Map<String, Integer> reasons, int pending, int included) {
    }

    public PrismaFlow {
        columns = List.copyOf(columns);
    }

    /** Columns for each recorded version, and for the current seeds unless {@code currentIsLatest}. */
    public static PrismaFlow of(List<RecordedVersion> versions, Map<String, PaperSnapshot> current,
                                int currentDuplicates, boolean currentIsLatest) {
        List<Column> columns = new ArrayList<>();
        for (RecordedVersion v : versions) {
            columns.add(column("Version " + v.number(), v.papers(), v.duplicatesRemoved()));
        }
        if (!currentIsLatest || versions.isEmpty()) {
            columns.add(column(versions.isEmpty() ? "Current" : "Current draft", current, currentDuplicates));
        }
        return new PrismaFlow(columns);
    }

    private static Column column(String label, Map<String, PaperSnapshot> papers, int duplicates) {
        Map<String, Integer> reasons = new TreeMap<>();
        int excluded = 0;
        int pending = 0;
        int included = 0;
        for (PaperSnapshot paper : papers.values()) {
            if (paper.status() == ScreeningStatus.EXCLUDED) {
                excluded++;
                reasons.merge(paper.reason() == null ? "no reason given" : paper.reason(), 1, Integer::sum);
            } else if (paper.status() == ScreeningStatus.PENDING) {
                pending++;
            } else {
                included++;
            }
        }
        return new Column(label, papers.size() + duplicates, duplicates, papers.size(), excluded, reasons, pending,
                included);
    }

    /** The diagram as SVG: boxes for each stage, each with one line of counts per column. */
    public String svg() {
        List<String> identified = lines(c -> c.identified());
        List<String> duplicates = lines(c -> c.duplicates());
        List<String> screened = lines(c -> c.screened());
        List<String> excluded = new ArrayList<>();
        for (Column c : columns) {
            excluded.add(c.label() + ": " + c.excluded());
            c.reasons().forEach((reason, n) -> excluded.add("   " + reason + ": " + n));
        }
        List<String> pending = lines(c -> c.pending());
        List<String> included = lines(c -> c.included());
        StringBuilder svg = new StringBuilder();
        int y = 20;
        int leftX = 20;
        int rightX = 360;
        StringBuilder boxes = new StringBuilder();
        Box identifiedBox = box(boxes, leftX, y, "Records identified (seeds and imports)", identified);
        Box duplicatesBox = box(boxes, rightX, y, "Duplicates removed", duplicates);
        y = Math.max(identifiedBox.bottom(), duplicatesBox.bottom()) + 36;
        Box screenedBox = box(boxes, leftX, y, "Records screened", screened);
        Box excludedBox = box(boxes, rightX, y, "Records excluded (with reasons)", excluded);
        y = Math.max(screenedBox.bottom(), excludedBox.bottom()) + 24;
        Box pendingBox = box(boxes, rightX, y, "Awaiting screening", pending);
        y = Math.max(screenedBox.bottom(), pendingBox.bottom()) + 36;
        Box includedBox = box(boxes, leftX, y, "Studies included in the review", included);
        int height = includedBox.bottom() + 20;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"").append(height)
                .append("\" viewBox=\"0 0 640 ").append(height).append("\" role=\"img\" font-family=\"DejaVu Sans,")
                .append(" sans-serif\" font-size=\"12\">\n");
        svg.append("<title>PRISMA 2020 flow diagram</title>\n<desc>").append(escape(description()))
                .append("</desc>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
                .append(" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n");
        svg.append(boxes);
        arrow(svg, leftX + 150, identifiedBox.bottom(), leftX + 150, screenedBox.top());
        arrow(svg, leftX + 150, screenedBox.bottom(), leftX + 150, includedBox.top());
        arrow(svg, leftX + 300, identifiedBox.top() + 20, rightX, duplicatesBox.top() + 20);
        arrow(svg, leftX + 300, screenedBox.top() + 20, rightX, excludedBox.top() + 20);
        arrow(svg, leftX + 300, screenedBox.bottom() - 10, rightX, pendingBox.top() + 20);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A text alternative of the diagram, for screen readers and the PDF's tags. */
    public String description() {
        StringBuilder out = new StringBuilder();
        for (Column c : columns) {
            out.append(c.label()).append(": ").append(c.identified()).append(" records identified, ")
                    .append(c.duplicates()).append(" duplicates removed, ").append(c.screened()).append(" screened, ")
                    .append(c.excluded()).append(" excluded, ").append(c.pending()).append(" awaiting screening, ")
                    .append(c.included()).append(" included. ");
        }
        return out.toString().strip();
    }

    private List<String> lines(java.util.function.ToIntFunction<Column> count) {
        return columns.stream().map(c -> c.label() + ": " + count.applyAsInt(c)).toList();
    }

    /** Where a drawn box starts and ends, top to bottom. */
    private record Box(int top, int bottom) {
    }

    /** Draws a titled box of lines at (x, y); returns where it is. */
    private static Box box(StringBuilder out, int x, int y, String title, List<String> lines) {
        int height = 30 + 16 * lines.size();
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(x < 300 ? 300 : 260)
                .append("\" height=\"").append(height).append("\" rx=\"4\" fill=\"#f4f6f9\" stroke=\"#333\"/>\n");
        out.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 19).append("\" font-weight=\"bold\">")
                .append(escape(title)).append("</text>\n");
        for (int i = 0; i < lines.size(); i++) {
            out.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 37 + 16 * i).append("\" xml:space=\"preserve\">")
                    .append(escape(lines.get(i))).append("</text>\n");
        }
        return new Box(y, y + height);
    }

    private static void arrow(StringBuilder out, int x1, int y1, int x2, int y2) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"#333\" marker-end=\"url(#arrow)\"/>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
