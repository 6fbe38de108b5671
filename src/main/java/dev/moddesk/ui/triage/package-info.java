/** The Spam rules window: WordPress's discussion rules, edited, dry-run against past decisions, and saved. */
package dev.moddesk.ui.triage;
