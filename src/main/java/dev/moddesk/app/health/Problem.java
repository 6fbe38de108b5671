package dev.moddesk.app.health;

/**
 * One thing wrong with a database: which check found it, what it is, what to do about it, and whether
 * {@code doctor --repair} can put it right by itself.
 */
public record Problem(String check, String problem, String todo, boolean repairable) {
    /** The problem in one line, with what to do. */
    public String line() {
        return check + ": " + problem + " — " + todo;
    }
}
