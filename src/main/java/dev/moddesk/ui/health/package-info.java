/**
 * The database's health in the desk: Help → Check database… (the doctor, its safe repairs on request) and the
 * choice offered when the database is damaged at opening (restore a backup, open another, quit). Uses
 * {@code app.health} through the dialog service and the background lanes.
 */
package dev.moddesk.ui.health;
