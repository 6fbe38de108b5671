package dev.moddesk.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * A dragboard holding files, as the system hands one to a window when files are dropped on it (a real drag
 * cannot start under the headless Monocle platform). Built on JavaFX's own Dragboard over a map-backed peer.
 */
final class FakeDragboard implements TKClipboard {
    private final Map<DataFormat, Object> content = new HashMap<>();

    static Dragboard withFiles(List<File> files) {
        return with(DataFormat.FILES, List.copyOf(files));
    }

    /** A drag of text (from a browser or an editor): no files on it. */
    static Dragboard withText(String text) {
        return with(DataFormat.PLAIN_TEXT, text);
    }

    private static Dragboard with(DataFormat format, Object value) {
        try {
            Class.forName(Dragboard.class.getName(), true, Dragboard.class.getClassLoader()); // registers the accessor
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        FakeDragboard peer = new FakeDragboard();
        peer.content.put(format, value);
        return DragboardHelper.createDragboard(peer);
    }

    @Override
    public void setSecurityContext(AccessControlContext ctx) {
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return content.keySet();
    }

    @SafeVarargs
    @Override
    public final boolean putContent(Pair<DataFormat, Object>... items) {
        for (Pair<DataFormat, Object> p : items) {
            content.put(p.getKey(), p.getValue());
        }
        return true;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return Set.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
    }

    @Override
    public void setDragView(Image image) {
    }

    @Override
    public void setDragViewOffsetX(double x) {
    }

    @Override
    public void setDragViewOffsetY(double y) {
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
