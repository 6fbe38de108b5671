package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The safe reader of PHP-serialised meta values: the subset plugins write, and nothing else, never failing. */
class PhpSerializedTest {
    @Test
    void readsScalarsAndArrays() {
        assertEquals(Optional.of("héllo"), PhpSerialized.parse("s:6:\"héllo\";"), "the length counts UTF-8 bytes");
        assertEquals(Optional.of(-42L), PhpSerialized.parse("i:-42;"));
        assertEquals(Optional.of(1698765432.25), PhpSerialized.parse("d:1698765432.25;"));
        assertEquals(Optional.of(true), PhpSerialized.parse("b:1;"));
        assertEquals(Optional.empty(), PhpSerialized.parse("N;"));
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("time", 1.5);
        expected.put("event", "check-spam");
        expected.put(3L, null);
        expected.put("nested", Map.of(0L, "a\";b"));
        assertEquals(Optional.of(expected), PhpSerialized.array(
                "a:4:{s:4:\"time\";d:1.5;s:5:\"event\";s:10:\"check-spam\";i:3;N;s:6:\"nested\";a:1:{i:0;s:4:\"a\";b\";}}"));
    }

    @Test
    void malformedOrUnsafeInputReadsAsNothing() {
        for (String bad : List.of("", "s:5:\"abc\";", "s:-1:\"\";", "s:3:\"abc\"", "i:12", "i:x;", "b:2;",
                "a:2:{i:0;s:1:\"a\";}", "a:99999999999:{}", "a:1:{d:1.5;i:1;}", "O:8:\"stdClass\":0:{}",
                "C:3:\"Foo\":0:{}", "r:1;", "R:1;", "i:1;junk", "a:1:{i:0;O:8:\"stdClass\":0:{}}", "true", "x")) {
            assertEquals(Optional.empty(), PhpSerialized.parse(bad), bad);
        }
        assertEquals(Optional.empty(), PhpSerialized.parse(null));
        String deep = "a:1:{i:0;".repeat(40) + "i:1;" + "}".repeat(40);
        assertEquals(Optional.empty(), PhpSerialized.parse(deep), "nesting is bounded");
        assertTrue(PhpSerialized.array("i:1;").isEmpty(), "not an array");
    }
}
