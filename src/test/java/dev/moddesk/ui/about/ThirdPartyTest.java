package dev.moddesk.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThirdPartyTest {
    @Test
    void readsNameLicenceAndLinkAndSkipsCommentsAndBlankLines() {
        List<ThirdParty> all = ThirdParty.parse(List.of("# a comment", "", "jsoup\tjsoup\tMIT License\thttps://jsoup.org/license"));
        assertEquals(List.of(new ThirdParty("jsoup", "MIT License", "https://jsoup.org/license")), all);
    }

    @Test
    void aLineWithoutItsFourFieldsIsAMistakeInTheBuild() {
        assertThrows(IllegalStateException.class, () -> ThirdParty.parse(List.of("jsoup\tjsoup\tMIT License")));
    }

    @Test
    void theShippedListNamesTheRuntimeAndLinksEveryEntry() {
        List<ThirdParty> shipped = ThirdParty.shipped();
        assertTrue(shipped.stream().anyMatch(c -> c.name().startsWith("JavaFX")));
        assertTrue(shipped.stream().allMatch(c -> c.link().startsWith("https://")), shipped.toString());
    }
}
