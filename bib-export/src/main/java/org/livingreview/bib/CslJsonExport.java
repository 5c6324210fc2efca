package org.livingreview.bib;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.livingreview.model.Paper;

/** Writes the papers as a CSL-JSON list, one item per paper in the order given. */
final class CslJsonExport {

    private CslJsonExport() {
    }

    static String write(List<Paper> papers) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        papers.forEach(p -> items.add(CslJson.item(p.id(), p.reference())));
        return CslJson.write(items);
    }
}
