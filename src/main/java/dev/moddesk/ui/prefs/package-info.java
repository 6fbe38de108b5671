/** What the desk remembers between runs (window, columns, view, sort, theme, moderator name). */
package dev.moddesk.ui.prefs;
