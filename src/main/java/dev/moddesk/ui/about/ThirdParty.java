package dev.moddesk.ui.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Something ModDesk ships that others wrote: its name, its licence, and where to read more. */
public record ThirdParty(String name, String licence, String link) {
    static final String RESOURCE = "/dev/moddesk/ui/about/third-party.tsv";

    /** The list the build ships, in its order. */
    public static List<ThirdParty> shipped() {
        try (InputStream in = ThirdParty.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of "jars TAB name TAB licence TAB link"; blank lines and lines starting with # are skipped. */
    static List<ThirdParty> parse(List<String> lines) {
        List<ThirdParty> all = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalStateException("not jars, name, licence and link: " + line);
            }
            all.add(new ThirdParty(f[1], f[2], f[3]));
        }
        return all;
    }
}
