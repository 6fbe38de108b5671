package dev.moddesk.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A paragraph with links is drawn as one paragraph: the links' words flow with the rest, where each goes is said
 * in the same line (the host) and in full in the tooltip, and a click opens the real target.
 */
class FlowingLinksTest {
    private static final String PARAGRAPH = "<p>I compared <a href=\"https://casino.example/win?ref=123456789\">the "
            + "first offer</a> with <a href=\"https://pills.example/buy/now/cheap/today\">this one</a> and also "
            + "<a href=\"https://loans.example/payday/apply-today-for-cash\">that</a> before deciding.</p>";

    private final FxRobot robot = new FxRobot();
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private VBox show(String html, double width) throws Exception {
        VBox[] box = new VBox[1];
        FxToolkit.setupStage(stage -> {
            box[0] = RichText.render(CommentHtml.parse(html), opened::add);
            VBox root = new VBox(box[0]);
            root.setPrefWidth(width);
            root.setMaxWidth(width);
            stage.setScene(new Scene(root, width, 400));
            stage.show();
        });
        robot.interact(() -> box[0].getScene().getRoot().layout());
        return box[0];
    }

    @Test
    void threeLinksInAParagraphFlowInOneParagraph() throws Exception {
        VBox box = show(PARAGRAPH, 520);
        assertEquals(1, box.getChildren().size(), "one block");
        TextFlow flow = (TextFlow) box.getChildren().get(0);
        List<String> links = flow.getChildren().stream().map(RichText::hrefOf).filter(Objects::nonNull).distinct().toList();
        assertEquals(List.of("https://casino.example/win?ref=123456789", "https://pills.example/buy/now/cheap/today",
                "https://loans.example/payday/apply-today-for-cash"), links, "the links are in the paragraph's flow");
        assertTrue(flow.getChildren().stream().allMatch(n -> n instanceof Text), "text only: nothing the lines cannot break in");
        String shown = text(flow);
        assertTrue(shown.contains("the first offer (casino.example) with this one (pills.example) and also that "
                + "(loans.example) before deciding."), shown);

        double line = ((Text) flow.getChildren().get(0)).getLayoutBounds().getHeight();
        double height = flow.getLayoutBounds().getHeight();
        assertTrue(height < 3.5 * line, "about three lines at 520 px, not one per link: " + height + " for lines of " + line);
    }

    @Test
    void aClickOnTheWordsOpensTheRealTarget() throws Exception {
        VBox box = show("<p>see <a href=\"http://evil.example/steal\">https://bank.example</a></p>", 400);
        TextFlow flow = (TextFlow) box.getChildren().get(0);
        Node words = flow.getChildren().stream().filter(n -> ((Text) n).getText().equals("https://bank.example"))
                .findFirst().orElseThrow();
        assertTrue(text(flow).contains("https://bank.example (evil.example)"), "the misleading words get the real host");
        robot.clickOn(words);
        assertEquals(List.of("http://evil.example/steal"), opened);
    }

    private static String text(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        flow.getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }
}
