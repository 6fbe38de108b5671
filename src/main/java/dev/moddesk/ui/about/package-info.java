/**
 * Help → About: ModDesk's version, the runtime it runs on, where the user's data lives, and the licences of what it
 * ships (read from {@code third-party.tsv}, which the installers also show). May use JavaFX, {@code app} and
 * {@code ui.prefs}.
 */
package dev.moddesk.ui.about;
