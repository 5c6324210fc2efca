// PATCH 0045: a new class of the patched citeproc-java (docs/citations.md), not in the released library
package de.undercouch.citeproc.csl.internal;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.helper.NodeHelper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The positions of the cites of a document's citations (first, subsequent, ibid, ibid-with-locator),
 * their near-note flag and first-reference-note-number, computed as citeproc-js's
 * {@code processCitationCluster} computes them.
 *
 * <p>The citations are taken in document order, those in the text (note index 0) and those in notes
 * apart. A cite is ibid when the cite before it in its citation is of the same item; or, as the first
 * of its citation, when the citation before it (in the same note, its last cite; in the note before or
 * the same note, its only cite) is of the same item. A cite with a locator after one without, or with
 * a different locator, is ibid-with-locator; one without a locator after one with is subsequent. A
 * non-first cite is near-note when it is in the text, or at most near-note-distance notes after the
 * last cite of its item. Where note numbers go down, counting starts again.</p>
 *
 * @author Michel Kraemer (citeproc-java); the position rules are citeproc-js's
 */
public final class CitePositions {

    /** citeproc-js's position numbers, as CSL-JSON writes a cite's {@code position}. */
    static final int FIRST = 0;
    static final int SUBSEQUENT = 1;
    static final int IBID = 2;
    static final int IBID_WITH_LOCATOR = 3;

    private final int nearNoteDistance;

    private CitePositions(int nearNoteDistance) {
        this.nearNoteDistance = nearNoteDistance;
    }

    /**
     * How a style's cites get their positions, as citeproc-js decides whether to compute them: where
     * the style tests a position, renders the first-reference-note-number or has an et-al-subsequent
     * option other than its et-al one
     * @param citation the style's {@code cs:citation} element
     * @return the positions of the style's cites, or {@code null} if the style needs none
     */
    public static CitePositions forStyle(Node citation) {
        if (!needsPositions(citation.getOwnerDocument().getDocumentElement())) {
            return null;
        }
        String distance = NodeHelper.getAttrValue(citation, "near-note-distance");
        return new CitePositions(distance == null ? 5 : Integer.parseInt(distance.trim()));
    }

    private static boolean needsPositions(Node node) {
        if (node instanceof Element) {
            Element element = (Element) node;
            if (element.hasAttribute("position")
                    || element.getAttribute("variable").contains("first-reference-note-number")
                    || differs(element, "et-al-subsequent-min", "et-al-min")
                    || differs(element, "et-al-subsequent-use-first", "et-al-use-first")) {
                return true;
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (needsPositions(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean differs(Element element, String subsequent, String plain) {
        return element.hasAttribute(subsequent)
                && !element.getAttribute(subsequent).equals(element.getAttribute(plain));
    }

    /**
     * Sets the position, near-note and first-reference-note-number of every cite
     * @param citations the prepared citations in document order (their items sorted)
     * @return the citations with their items' positions set (the first-reference-note-number also on
     * the item data), in the same order; a citation whose items had these already is returned as it is
     */
    public List<CSLCitation> assign(List<CSLCitation> citations) {
        List<CSLCitation> result = new ArrayList<>(citations);
        List<Integer> text = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            (noteIndex(citations.get(i)) == 0 ? text : notes).add(i);
        }
        Map<Integer, Integer> citesInNote = new HashMap<>();
        for (List<Integer> run : List.of(text, notes)) {
            Map<String, Integer> firstRef = new HashMap<>();
            Map<String, Integer> lastRef = new HashMap<>();
            for (int j = 0; j < run.size(); j++) {
                CSLCitation citation = citations.get(run.get(j));
                CSLCitation previous = j > 0 ? citations.get(run.get(j - 1)) : null;
                int note = noteIndex(citation);
                if (previous != null && note != 0 && noteIndex(previous) > note) {
                    citesInNote.clear();
                    firstRef.clear();
                    lastRef.clear();
                }
                citesInNote.merge(note, citation.getCitationItems().length, Integer::sum);
                CSLCitationItem[] items = citation.getCitationItems();
                CSLCitationItem[] placed = new CSLCitationItem[items.length];
                boolean changed = false;
                for (int k = 0; k < items.length; k++) {
                    placed[k] = place(items, k, previous, note, citesInNote, firstRef, lastRef);
                    changed |= placed[k] != items[k];
                }
                if (changed) {
                    result.set(run.get(j), new CSLCitation(placed, citation.getCitationID(), citation.getProperties()));
                }
            }
        }
        return result;
    }

    private CSLCitationItem place(CSLCitationItem[] items, int k, CSLCitation previous, int note,
            Map<Integer, Integer> citesInNote, Map<String, Integer> firstRef, Map<String, Integer> lastRef) {
        CSLCitationItem item = items[k];
        String id = item.getId();
        int position;
        int firstReferenceNoteNumber = 0;
        if (!lastRef.containsKey(id)) {
            firstRef.put(id, note);
            lastRef.put(id, note);
            position = FIRST;
        } else {
            CSLCitationItem before = ibidSource(items, k, previous, note, citesInNote);
            position = before == null ? SUBSEQUENT : ibidPosition(locator(before), locator(item));
            if (firstRef.get(id) != note) {
                firstReferenceNoteNumber = firstRef.get(id);
            }
        }
        boolean nearNote = false;
        if (note != 0) {
            nearNote = position != FIRST && note - lastRef.get(id) <= nearNoteDistance;
            lastRef.put(id, note);
        } else {
            nearNote = position != FIRST;
        }
        if (Objects.equals(item.getPosition(), position) && Objects.equals(item.getNearNote(), nearNote)
                && Objects.equals(item.getFirstReferenceNoteNumber(), firstReferenceNoteNumber)) {
            return item;
        }
        CSLCitationItemBuilder builder = new CSLCitationItemBuilder(item).position(position).nearNote(nearNote)
                .firstReferenceNoteNumber(firstReferenceNoteNumber);
        if (item.getItemData() != null) {
            builder.itemData(new CSLItemDataBuilder(item.getItemData())
                    .firstReferenceNoteNumber(firstReferenceNoteNumber == 0 ? null : String.valueOf(firstReferenceNoteNumber))
                    .build());
        }
        return builder.build();
    }

    /**
     * The cite an ibid of the k-th cite would repeat, as citeproc-js decides: the cite before it in its
     * citation; for the first cite, the previous citation's first cite where that citation is the only
     * cite of the note just before (or of the text), or its last cite where it is in the same note
     * @return that cite if it is of the same item, else {@code null}
     */
    private static CSLCitationItem ibidSource(CSLCitationItem[] items, int k, CSLCitation previous, int note,
            Map<Integer, Integer> citesInNote) {
        String id = items[k].getId();
        if (k > 0) {
            return items[k - 1].getId().equals(id) ? items[k - 1] : null;
        }
        if (previous == null || previous.getCitationItems().length == 0) {
            return null;
        }
        CSLCitationItem[] before = previous.getCitationItems();
        int previousNote = noteIndex(previous);
        if (previousNote != note) {
            boolean alone = citesInNote.getOrDefault(previousNote, 0) == 1 || previousNote == 0;
            return before[0].getId().equals(id) && previousNote >= note - 1 && alone ? before[0] : null;
        }
        CSLCitationItem last = before[before.length - 1];
        return last.getId().equals(id) ? before[0] : null;
    }

    private static int ibidPosition(String previousLocator, String locator) {
        if (previousLocator != null && locator == null) {
            return SUBSEQUENT;
        }
        return Objects.equals(previousLocator, locator) ? IBID : IBID_WITH_LOCATOR;
    }

    /** A cite's locator with its label, as citeproc-js compares them; {@code null} if it has none. */
    private static String locator(CSLCitationItem item) {
        String locator = item.getLocator();
        if (locator == null || locator.isEmpty()) {
            return null;
        }
        return locator + (item.getLabel() == null ? "" : item.getLabel().toString());
    }

    /**
     * Whether the cites of two renderings of a citation have the same positions
     * @param a one rendering's citation
     * @param b the other's
     * @return true if every cite has the same position, near-note and first-reference-note-number
     */
    public static boolean samePositions(CSLCitation a, CSLCitation b) {
        CSLCitationItem[] as = a.getCitationItems();
        CSLCitationItem[] bs = b.getCitationItems();
        if (as.length != bs.length) {
            return false;
        }
        for (int i = 0; i < as.length; i++) {
            if (!Objects.equals(as[i].getPosition(), bs[i].getPosition())
                    || !Objects.equals(as[i].getNearNote(), bs[i].getNearNote())
                    || !Objects.equals(as[i].getFirstReferenceNoteNumber(), bs[i].getFirstReferenceNoteNumber())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The items whose first-reference-note-number differs between two renderings of a citation
     * @param before the citation as rendered before
     * @param after the citation with its new positions
     * @return the ids of these items
     */
    public static Set<String> renumberedItems(CSLCitation before, CSLCitation after) {
        Set<String> result = new HashSet<>();
        CSLCitationItem[] as = before.getCitationItems();
        CSLCitationItem[] bs = after.getCitationItems();
        for (int i = 0; i < Math.min(as.length, bs.length); i++) {
            if (!Objects.equals(as[i].getFirstReferenceNoteNumber(), bs[i].getFirstReferenceNoteNumber())) {
                result.add(bs[i].getId());
            }
        }
        return result;
    }

    /**
     * The number of the note a citation is in
     * @param citation the citation
     * @return its note index, 0 if it is in the text
     */
    public static int noteIndex(CSLCitation citation) {
        Integer note = citation.getProperties() == null ? null : citation.getProperties().getNoteIndex();
        return note == null ? 0 : note;
    }
}
