/** The audit log window: newest first, a page at a time, filtered, and exported to CSV or JSON. */
package dev.moddesk.ui.audit;
