package org.livingreview.manuscript.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;

/**
 * Writes review.docx with Apache POI: the reference document emptied of its content (its styles, page
 * setup, headers and footers kept, and any style the writer needs but it lacks added), the draft's Markdown
 * parsed by commonmark-java and written into it, and the document properties; with live citations, Zotero's
 * document preferences in the custom properties. The package is written with fixed entry times.
 */
final class DocxWriter {

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private DocxWriter() {
    }

    public static byte[] write(DocxDraft draft) throws IOException {
        try (XWPFDocument document = draft.reference().open()) {
            while (!document.getBodyElements().isEmpty()) {
                document.removeBodyElement(0);
            }
            DocxStyles.complete(document);
            document.getStyles().setSpellingLanguage(draft.language());
            boolean live = !draft.frozenCitations();
            ZoteroFields fields = live ? new ZoteroFields(draft.items(), draft.title()) : null;
            RunWriter runs = new RunWriter(fields, draft.svgImages());
            new BodyWriter(document, runs, live).write(MARKDOWN.parse(draft.markdown()));
            properties(document.getProperties(), draft);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return StableZip.withFixedTimes(out.toByteArray(), draft.date());
        }
    }

    private static void properties(POIXMLProperties properties, DocxDraft draft) {
        PackagePropertiesPart core = properties.getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(Optional.of(draft.title()));
        core.setCreatorProperty(Optional.of(String.join("; ", draft.authors())));
        core.setSubjectProperty(Optional.ofNullable(draft.subject()));
        core.setKeywordsProperty(Optional.of(String.join("; ", draft.keywords())));
        core.setLanguageProperty(Optional.of(draft.language()));
        core.setCreatedProperty(Optional.of(Date.from(draft.date())));
        core.setModifiedProperty(Optional.of(Date.from(draft.date())));
        core.setLastModifiedByProperty(Optional.empty());
        core.setRevisionProperty(Optional.empty());
        CTProperties custom = properties.getCustomProperties().getUnderlyingProperties();
        for (int i = custom.sizeOfPropertyArray() - 1; i >= 0; i--) {
            if (custom.getPropertyArray(i).getName().startsWith(ZoteroFields.PREF_PROPERTY)) {
                custom.removeProperty(i);
            }
        }
        if (!draft.frozenCitations()) {
            String session = ZoteroFields.stableId(draft.title() + "\n" + draft.zoteroStyleId(), 8);
            List<String> pieces = ZoteroFields.pieces(ZoteroFields.documentData(draft.zoteroStyleId(), draft.language(),
                    session));
            for (int i = 0; i < pieces.size(); i++) {
                properties.getCustomProperties().addProperty(ZoteroFields.PREF_PROPERTY + (i + 1), pieces.get(i));
            }
        }
    }
}
