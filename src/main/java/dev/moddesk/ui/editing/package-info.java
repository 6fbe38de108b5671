/** Editing a comment's text and replying to it in the desk: the editor window, its view model and its keys. */
package dev.moddesk.ui.editing;
