/**
 * One process at a time has a database open; every other ModDesk process hands its work to it over the
 * database's Unix-domain socket. This keeps SQLite's POSIX locks from mattering: code in the desk's process
 * (GTK's file chooser, drag and drop) can drop them at any moment. Uses the JDK alone.
 */
package dev.moddesk.owner;
