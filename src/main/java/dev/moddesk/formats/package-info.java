/**
 * WordPress's data as files and on the wire, streamed: readers (WXR 1.0 to 1.2, Disqus, REST JSON; hardened XML)
 * feed an {@link dev.moddesk.formats.ImportSink}; writers produce CSV, JSON, WXR and wp-cli scripts; the REST
 * comment and post records, read the same way from a file and from a live site. The one place where
 * WordPress's field forms are normalised. Uses {@code core} only.
 */
package dev.moddesk.formats;
