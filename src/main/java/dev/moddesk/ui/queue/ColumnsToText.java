package dev.moddesk.ui.queue;

import dev.moddesk.core.Status;
import dev.moddesk.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The queue's columns sized from the text they show at the desk's text size: the date, score and status columns
 * as wide as their widest value and their header (with the sort arrow) need, and never narrower than their
 * values, so no status is cut to "approve…"; the wide columns' preferred widths grow and shrink with the text,
 * their minimum widths stay (else large text in a small window would push columns out of the table).
 */
final class ColumnsToText {
    /** The theme's text size, for which the columns' widths in code are given. */
    static final double NORMAL_PX = 14;
    /** A cell's padding left and right, and a header's sort arrow with its gap, in em (measured on Primer). */
    private static final double CELL_PADDING_EMS = 1.5;
    private static final double SORT_ARROW_EMS = 1.6;

    private final TableColumn<?, ?> check;
    private final Map<TableColumn<?, ?>, List<String>> narrow = new IdentityHashMap<>();
    private final Map<TableColumn<?, ?>, double[]> wide = new IdentityHashMap<>();

    ColumnsToText(TableColumn<?, ?> check, TableColumn<?, ?> date, TableColumn<?, ?> score, TableColumn<?, ?> status,
                  List<TableColumn<?, ?>> wideColumns) {
        this.check = check;
        narrow.put(date, List.of("2026-12-31", "0000-00-00"));
        narrow.put(score, List.of("0.00", "1.00", "—"));
        List<String> words = new ArrayList<>();
        for (Status s : Status.values()) {
            words.add(s.word());
            words.add(s.word() + " •"); // a decision not pushed yet
        }
        narrow.put(status, words);
        for (TableColumn<?, ?> c : wideColumns) {
            wide.put(c, new double[] {c.getMinWidth(), c.getPrefWidth()});
        }
    }

    void size(double px) {
        String family = Fonts.family() == null ? Font.getDefault().getFamily() : Fonts.family();
        Font plain = Font.font(family, px);
        Font bold = Font.font(family, FontWeight.BOLD, px);
        double padding = CELL_PADDING_EMS * px;
        for (Map.Entry<TableColumn<?, ?>, List<String>> e : narrow.entrySet()) {
            TableColumn<?, ?> c = e.getKey();
            double values = 0;
            for (String s : e.getValue()) {
                values = Math.max(values, width(s, plain) + padding);
            }
            double header = width(c.getText(), bold) + padding + (c.isSortable() ? SORT_ARROW_EMS * px : 0);
            // squeezed (large text in a small window), a header may be cut, a value never
            c.setMinWidth(Math.ceil(values));
            c.setPrefWidth(Math.ceil(Math.max(values, header)));
        }
        double scale = px / NORMAL_PX;
        for (Map.Entry<TableColumn<?, ?>, double[]> e : wide.entrySet()) {
            TableColumn<?, ?> c = e.getKey();
            double header = Math.ceil(width(c.getText(), bold) + padding + SORT_ARROW_EMS * px);
            c.setMinWidth(Math.max(e.getValue()[0], header));
            c.setPrefWidth(Math.max(c.getMinWidth(), Math.round(e.getValue()[1] * scale)));
        }
        double box = Math.max(34, Math.round(2.4 * px));
        check.setMinWidth(box);
        check.setPrefWidth(box);
        check.setMaxWidth(box);
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
