package org.livingreview.model;

import java.util.Map;

/** Where a loaded value and each of its fields stand in the source, so later checks can point at them. */
public record Locations(SourceLocation self, Map<String, SourceLocation> fields) {

    public Locations {
        fields = Map.copyOf(fields);
    }

    public static Locations at(SourceLocation self) {
        return new Locations(self, Map.of());
    }

    /** The field's location, or the value's own when the field is absent. */
    public SourceLocation of(String field) {
        return fields.getOrDefault(field, self);
    }
}
