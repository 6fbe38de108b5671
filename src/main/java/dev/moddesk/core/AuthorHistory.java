package dev.moddesk.core;

import java.util.Map;

/** How an author's other comments stand: counts by effective status for the same email and for the same IP. */
public record AuthorHistory(String email, Map<Status, Long> byEmail, String ip, Map<Status, Long> byIp) {
    public long emailTotal() {
        return byEmail.values().stream().mapToLong(Long::longValue).sum();
    }

    public long ipTotal() {
        return byIp.values().stream().mapToLong(Long::longValue).sum();
    }
}
