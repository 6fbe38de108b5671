package dev.moddesk.store;

import java.util.ArrayList;
import java.util.List;

/** Splits a migration script into statements: on semicolons, except inside trigger bodies and quotes. */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            String soFar = current.toString().strip();
            boolean inTrigger = soFar.toUpperCase().startsWith("CREATE TRIGGER");
            boolean complete = inTrigger ? soFar.toUpperCase().endsWith("END;") : soFar.endsWith(";");
            if (complete) {
                out.add(soFar);
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
