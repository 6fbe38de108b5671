package dev.moddesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WpDatesTest {
    @Test
    void theCommonFormIsReadAsTheFormatterReadsIt() {
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            String t = String.format("%04d-%02d-%02d%s%02d:%02d:%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextBoolean() ? " " : "T", random.nextInt(25), random.nextInt(61),
                    random.nextInt(61));
            assertTrue(WpDates.isPlain(t), t);
            long byFormatter;
            try {
                byFormatter = WpDates.formatted(t);
            } catch (DateTimeException refused) {
                assertThrows(DateTimeException.class, () -> WpDates.plain(t), t);
                continue;
            }
            assertEquals(byFormatter, WpDates.plain(t), t);
        }
    }

    @Test
    void datesReadToTheSecond() {
        assertEquals(OptionalLong.of(1_767_435_630L), WpDates.parse("f", "2026-01-03 10:20:30"));
        assertEquals(OptionalLong.of(1_767_435_630L), WpDates.parse("f", "2026-01-03T10:20:30"));
        assertEquals(OptionalLong.of(951_782_400L), WpDates.parse("f", "2000-02-29 00:00:00"));
        assertEquals(OptionalLong.of(1_767_432_030L), WpDates.parse("f", "2026-01-03T10:20:30+01:00"), "other forms");
        assertEquals(OptionalLong.empty(), WpDates.parse("f", "0000-00-00 00:00:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29 10:20:30", "2025-13-01 00:00:00", "2026-01-03 24:00:00", "2026-01-03 10:60:00",
        "2026-01-03 10:20:60", "2026-01-00 10:20:30", "2026-01-0x 10:20:30", "2026/01/03 10:20:30", "26-01-03 10:20:30"})
    void whatIsNotADateIsRefusedNamingItsField(String text) {
        DateTimeException e = assertThrows(DateTimeException.class, () -> WpDates.parse("wp:comment_date_gmt", text));
        assertTrue(e.getMessage().startsWith("wp:comment_date_gmt '" + text + "'"), e.getMessage());
    }

    @Test
    void onlyTheFixedFormTakesTheShortWay() {
        assertFalse(WpDates.isPlain("2026-01-03 10:20"));
        assertFalse(WpDates.isPlain("2026-01-03 10:20:30Z"));
        assertFalse(WpDates.isPlain("+026-01-03 10:20:30"));
    }
}
