package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.AppInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Help → About ModDesk: the version, where the data lives, and the licences, each link opening its page. */
class AboutDialogTest extends DeskUiTestBase {
    @Override
    protected int comments() {
        return 3;
    }

    private Stage openAbout() {
        robot.clickOn("Help").clickOn("About ModDesk");
        settle();
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && "About ModDesk".equals(s.getTitle())
                && s.isShowing()).findFirst().orElseThrow(() -> new AssertionError("no About window"));
    }

    private String field(String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void showsTheVersionAndWhereTheDataLives() {
        openAbout();
        assertEquals("ModDesk " + AppInfo.version(), robot.lookup("#about-version").queryAs(Label.class).getText());
        assertFalse(AppInfo.version().equals("0.0.0"), "the build's version, not the fallback");
        assertEquals(file.toAbsolutePath().toString(), field("#about-database"));
        assertEquals(dir.resolve("moddesk-credentials").toAbsolutePath().toString(), field("#about-credentials"));
        assertTrue(field("#about-settings").contains("moddesk"), field("#about-settings"));
        assertTrue(robot.lookup("#about-runtime").queryAs(Label.class).getText().contains("JavaFX 21"));

        robot.clickOn("#about-database-open");
        assertEquals(List.of(dir.toAbsolutePath().toUri().toString()), dialogs.opened);
        assertNoErrors();
    }

    @Test
    void listsTheLicencesOfWhatItShipsAndOpensThem() {
        openAbout();
        GridPane licences = robot.lookup("#about-licences").queryAs(GridPane.class);
        Set<String> names = licences.getChildren().stream().filter(n -> n instanceof Label && !(n instanceof Hyperlink))
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("JavaFX (OpenJFX)", "SQLite", "Java runtime (OpenJDK)", "Jackson",
                "picocli", "jsoup")), names.toString());

        Node javafxLicence = licences.getChildren().stream().filter(n -> n instanceof Hyperlink
                && GridPane.getRowIndex(n) == 1).findFirst().orElseThrow();
        robot.clickOn(javafxLicence);
        assertEquals(List.of("https://openjdk.org/legal/gplv2+ce.html"), dialogs.opened);
    }

    @Test
    void escapeClosesItAndTheMenuBringsItBack() {
        Stage about = openAbout();
        robot.push(KeyCode.ESCAPE);
        settle();
        assertFalse(about.isShowing());
        assertTrue(openAbout().isShowing());
    }
}
