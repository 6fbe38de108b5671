package dev.moddesk.app.demo;

import dev.moddesk.core.Post;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** A post of the demo site: when it was published, how many comments it draws, what its readers talk about. */
record DemoPost(long id, int daysBefore, int weight, String slug, String title, String commentStatus,
                        List<String> topics) {
    long published() {
        return DemoData.END - daysBefore * DemoData.DAY + (6 + id % 7) * 3_600 + id * 311;
    }

    Post toPost() {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(published()), ZoneOffset.UTC);
        String link = String.format(Locale.ROOT, "%s/%04d/%02d/%s/", DemoData.SITE_URL, day.getYear(), day.getMonthValue(),
                slug);
        return new Post(id, title, link, "post", id == DemoData.TRASHED_POST ? "trash" : "publish", commentStatus);
    }
}
