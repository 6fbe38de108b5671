/**
 * Importing export files (WXR, Disqus, REST JSON) and generated data: a reader thread parses, the caller writes,
 * one transaction per file, so a bad or cancelled file changes nothing.
 */
package dev.moddesk.app.importing;
