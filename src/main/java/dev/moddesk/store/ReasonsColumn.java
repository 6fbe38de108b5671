package dev.moddesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** How a verdict's reasons are kept in {@code comments.reasons}: a JSON array of strings, strongest first. */
final class ReasonsColumn {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private ReasonsColumn() {
    }

    static String write(List<String> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    /** The reasons in {@code column}; none when it is empty or not a JSON array (a damaged row still shows). */
    static List<String> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            List<String> reasons = JSON.readValue(column, STRINGS);
            return reasons == null ? List.of() : List.copyOf(reasons);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
