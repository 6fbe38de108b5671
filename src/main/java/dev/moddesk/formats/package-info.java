/**
 * Export files, streamed: readers (WXR 1.0 to 1.2, Disqus, REST JSON; hardened XML) feed an
 * {@link dev.moddesk.formats.ImportSink}; writers produce CSV, JSON, WXR and wp-cli scripts. The one place where
 * WordPress's field forms are normalised. Uses {@code core} only.
 */
package dev.moddesk.formats;
