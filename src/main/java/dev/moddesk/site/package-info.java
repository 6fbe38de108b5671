/**
 * The WordPress REST client: HTTPS (plain HTTP on loopback only), Application Passwords, retries with backoff,
 * typed requests and answers (the REST records of {@code formats}). Knows WordPress's quirks; knows nothing of the
 * database.
 */
package dev.moddesk.site;
