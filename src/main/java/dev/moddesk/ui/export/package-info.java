/** The export dialog: format, statuses, site, post, moderator and dates, the matching count, progress and Cancel. */
package dev.moddesk.ui.export;
