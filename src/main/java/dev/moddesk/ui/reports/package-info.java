/** The reports window and its charts. */
package dev.moddesk.ui.reports;
