/**
 * Admin exports (CSV, JSON, WXR, wp-cli) and the audit log's export, written through a hidden temporary file
 * that is renamed into place only when complete.
 */
package dev.moddesk.app.export;
