package org.replyarchive.render.view;

import java.util.List;
import org.replyarchive.render.view.Parts.Link;

/** The parts of {@code data.ftlh}. */
public final class DataParts {

    private DataParts() {}

    /**
     * An open-data file (or one per language of it).
     *
     * @param id unique in the page, for anchors
     * @param schema the site path of its JSON Schema
     * @param fieldsLang the language of the field descriptions (those of the schema) when not the page's, else null
     */
    public record DataFile(String id, String title, String description, List<Link> downloads, String schema,
            List<DataField> fields, String fieldsLang) {
        public DataFile {
            downloads = List.copyOf(downloads);
            fields = List.copyOf(fields);
        }
    }

    /** One field: its dotted name, JSON type and meaning. */
    public record DataField(String name, String type, String description) {}
}
