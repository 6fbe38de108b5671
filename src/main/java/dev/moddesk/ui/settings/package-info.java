/**
 * File → Settings…: one window of pages (General: the moderator's name; Replies: the canned replies), each page
 * saving into the desk's preferences when the window closes. A new page is one more {@link SettingsPage}.
 */
package dev.moddesk.ui.settings;
