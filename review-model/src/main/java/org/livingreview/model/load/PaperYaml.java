package org.livingreview.model.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.livingreview.model.Claim;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;
import org.livingreview.model.SeedLimits;

/** Writes a paper as a {@code seeds/papers/<id>.yaml} file in the seeds format, the inverse of loading one. */
public final class PaperYaml {

    /** Every character YAML 1.1 reads as a line break (SnakeYAML ends a comment at each). */
    private static final Pattern YAML_LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    /** One dumper a thread: building SnakeYAML's resolver and representers costs more than a paper's dump. */
    private static final ThreadLocal<Yaml> DUMPER = ThreadLocal.withInitial(() -> {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options);
    });

    private PaperYaml() {
    }

    /** The file's text, headed by a comment line (for example where the paper was imported from). */
    public static String write(Paper paper, String comment) {
        return write(fields(paper), comment);
    }

    /** The text of a paper file holding {@code fields} (as {@link #fields(Paper)} gives them), headed by a comment. */
    public static String write(Map<String, Object> fields, String comment) {
        String body = DUMPER.get().dump(fields);
        return "# " + SeedLimits.NOT_PRINTABLE.matcher(YAML_LINE_BREAKS.matcher(comment).replaceAll(" ")).replaceAll("")
                + "\n"
                + body;
    }

    /** The paper's fields in the seeds format, in the order a paper file lists them. */
    public static Map<String, Object> fields(Paper paper) {
        Reference r = paper.reference();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", paper.id());
        map.put("type", r.type());
        put(map, "title", r.title());
        put(map, "title-short", r.titleShort());
        names(map, "authors", r.authors());
        if (r.authorsIncomplete()) {
            map.put("authors-incomplete", true);
        }
        names(map, "editors", r.editors());
        put(map, "issued", r.issued() == null ? null : r.issued().iso());
        put(map, "container-title", r.containerTitle());
        put(map, "container-title-short", r.containerTitleShort());
        put(map, "collection-title", r.collectionTitle());
        put(map, "volume", r.volume());
        put(map, "issue", r.issue());
        put(map, "page", r.page());
        put(map, "article-number", r.articleNumber());
        put(map, "edition", r.edition());
        put(map, "publisher", r.publisher());
        put(map, "publisher-place", r.publisherPlace());
        put(map, "isbn", r.isbn());
        put(map, "doi", r.doi());
        put(map, "pmid", r.pmid());
        put(map, "pmcid", r.pmcid());
        put(map, "url", r.url());
        put(map, "language", r.language());
        put(map, "publication-type", r.publicationType());
        if (!r.keywords().isEmpty()) {
            map.put("keywords", r.keywords());
        }
        Map<String, Object> screening = new LinkedHashMap<>();
        screening.put("status", paper.screening().status().key());
        put(screening, "reason", paper.screening().reason());
        map.put("screening", screening);
        Map<String, Object> study = new LinkedHashMap<>();
        put(study, "design", paper.study().design());
        put(study, "population", paper.study().population());
        if (!study.isEmpty()) {
            map.put("study", study);
        }
        if (!paper.claims().isEmpty()) {
            map.put("claims", paper.claims().stream().map(PaperYaml::claim).toList());
        }
        return map;
    }

    private static Map<String, Object> claim(Claim claim) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", claim.id());
        map.put("section", claim.section());
        map.put("text", claim.text());
        if (!claim.cites().isEmpty()) {
            map.put("cites", claim.cites());
        }
        return map;
    }

    private static void names(Map<String, Object> map, String key, List<Name> names) {
        if (names.isEmpty()) {
            return;
        }
        map.put(key, names.stream().map(n -> {
            Map<String, Object> name = new LinkedHashMap<>();
            put(name, "family", n.family());
            put(name, "given", n.given());
            put(name, "particle", n.particle());
            put(name, "dropping-particle", n.droppingParticle());
            put(name, "suffix", n.suffix());
            put(name, "literal", n.literal());
            return name;
        }).toList());
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
