/**
 * The triage's services over the store: the discussion rules kept in the database and their dry run over past
 * decisions, and what the site's own filters said of comments (their imported meta) as evidence.
 */
package dev.moddesk.app.triage;
