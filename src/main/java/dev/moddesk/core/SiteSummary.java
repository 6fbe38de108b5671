package dev.moddesk.core;

/** A site the database holds, for the filter bar: row id, display name (the base URL when unnamed), base URL. */
public record SiteSummary(long id, String name, String baseUrl) {
}
