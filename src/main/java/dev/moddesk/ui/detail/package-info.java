/**
 * The detail pane: the comment under the cursor rendered safely (jsoup into text and link nodes; no WebView, no
 * script), its author with validation marks, the post, the parent comment and the author's history.
 */
package dev.moddesk.ui.detail;
