package dev.moddesk.testing;

import dev.moddesk.app.Workspace;
import java.nio.file.Path;

/** Builds a fixture database for looking at the window: {@code MakeFixtureDb FILE N}. */
public final class MakeFixtureDb {
    private MakeFixtureDb() {
    }

    public static void main(String[] args) {
        try (Workspace d = Fixtures.desk(Path.of(args[0]), Integer.parseInt(args[1]), "maker")) {
            System.out.println("wrote " + d.file());
        }
    }
}
