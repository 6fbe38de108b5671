package dev.moddesk.core;

/**
 * What the status bar and the title say about the database: the site's display name (or null when the
 * database holds no site, or a count when several), outbox size, last import and sync (epoch ms, 0 = never).
 */
public record DeskInfo(String siteName, int sites, long outbox, long lastImportAt, long lastSyncAt) {
}
