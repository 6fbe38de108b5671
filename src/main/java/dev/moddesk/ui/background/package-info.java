/**
 * Where the desk's work runs: the lanes (one writer, readers for pages and information, the network), long work
 * with progress and Cancel, and the coalescing of progress and refreshes. Never the FX thread.
 */
package dev.moddesk.ui.background;
