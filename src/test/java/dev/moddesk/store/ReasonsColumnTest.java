package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonsColumnTest {
    @Test
    void reasonsAreKeptAsAJsonArrayOfStringsAndReadBackAsTheyWere() {
        List<String> reasons = List.of("matches moderation key 'casino' (in the URL)", "quote \" and backslash \\",
                "line\nbreak, tab\t, \u0001 and \u2028", "ünïcödé 日本語 😀", "");
        String column = ReasonsColumn.write(reasons);
        assertEquals("[\"matches moderation key 'casino' (in the URL)\",\"quote \\\" and backslash \\\\\","
                + "\"line\\nbreak, tab\\t, \\u0001 and \u2028\",\"ünïcödé 日本語 😀\",\"\"]", column);
        assertEquals(reasons, ReasonsColumn.read(column));
        assertEquals(List.of(), ReasonsColumn.read(ReasonsColumn.write(List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"a\": 1}", "[\"a\", 1]", "[\"a\", null]", "[\"a\", [\"b\"]]", "[\"a\"",
        "[\"a\"] trailing", "\"a\"", "   "})
    void aDamagedColumnReadsAsNoReasons(String column) {
        assertEquals(List.of(), ReasonsColumn.read(column));
    }
}
