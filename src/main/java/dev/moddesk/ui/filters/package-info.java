/** The filter bar above the queue: site, post, author/email/IP, dates and score. */
package dev.moddesk.ui.filters;
