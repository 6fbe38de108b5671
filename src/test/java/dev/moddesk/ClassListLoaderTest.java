package dev.moddesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaging's class-list loader reads the JVM's class-list format and passes over what cannot load. */
class ClassListLoaderTest {
    @Test
    void readsNamesAndSkipsCommentsAndDirectives() {
        assertEquals("dev.moddesk.Main", ClassListLoader.className("dev/moddesk/Main"));
        assertEquals("java.lang.Object", ClassListLoader.className("java/lang/Object id: 1"));
        assertEquals("", ClassListLoader.className("# NOTE: Do not modify this file."));
        assertEquals("", ClassListLoader.className("@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.X a L_L"));
        assertEquals("", ClassListLoader.className("   "));
    }

    @Test
    void loadsWhatIsThereAndPassesOverTheRest() {
        int loaded = ClassListLoader.load(List.of("# header", "dev/moddesk/cli/Cli", "no/such/Thing",
                "@lambda-proxy dev/moddesk/Main x", "dev/moddesk/core/Status id: 7"));
        assertEquals(2, loaded);
    }
}
