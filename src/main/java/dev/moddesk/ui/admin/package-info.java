/** The admin windows' entry points (export, audit log, reports) and the filter combo they share. */
package dev.moddesk.ui.admin;
