/** How moderation goes: the reports (per day, spam share, busiest posts, moderators) and the audit log. */
package dev.moddesk.app.reports;
