package dev.moddesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A combo box over a view model's choices with a first entry meaning "no filter" (the property's null):
 * "All sites", "Anyone", … Keeps the box and the property in step both ways.
 */
public final class FilterCombo<T> extends ComboBox<FilterCombo.Choice<T>> {
    /** One entry: {@code value} null is the "all" entry. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<T> property;
    private final ObservableList<T> values;
    private final String allLabel;
    private final Function<T, String> label;
    private boolean syncing;

    public FilterCombo(ObservableList<T> values, ObjectProperty<T> property, String allLabel, Function<T, String> label) {
        this.values = values;
        this.property = property;
        this.allLabel = allLabel;
        this.label = label;
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice<T> c) {
                return c == null ? allLabel : c.label();
            }

            @Override
            public Choice<T> fromString(String s) {
                return null;
            }
        });
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice<T> c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        });
        setMaxWidth(Double.MAX_VALUE);
        rebuild();
        values.addListener((ListChangeListener<T>) ch -> rebuild());
        property.addListener((o, a, b) -> select(b));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                property.set(b == null ? null : b.value());
            }
        });
    }

    private void rebuild() {
        List<Choice<T>> items = new ArrayList<>(values.size() + 1);
        items.add(new Choice<>(null, allLabel));
        for (T v : values) {
            items.add(new Choice<>(v, label.apply(v)));
        }
        syncing = true;
        try {
            getItems().setAll(items);
        } finally {
            syncing = false;
        }
        select(property.get());
    }

    private void select(T value) {
        syncing = true;
        try {
            for (Choice<T> c : getItems()) {
                if (Objects.equals(c.value(), value)) {
                    getSelectionModel().select(c);
                    return;
                }
            }
            getSelectionModel().select(0);
        } finally {
            syncing = false;
        }
    }
}
