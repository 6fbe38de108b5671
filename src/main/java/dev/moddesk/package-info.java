/**
 * ModDesk: offline comment moderation for WordPress sites. {@link dev.moddesk.Main} is the one entry point: no
 * command (or only {@code --db FILE}) opens the desk ({@code ui}), a command runs the command line ({@code cli}).
 *
 * <p>The layers, top to bottom (arrows only point down; {@code ArchitectureTest} keeps them so):
 * <pre>
 *   Main
 *   ui (JavaFX desk)          cli (picocli)
 *   app (services by feature: moderation, importing, sync, export, reports, demo, health; the Workspace)
 *   store (SQLite)   formats (files)   site (WordPress REST)
 *   core (plain types and the decision rule)      owner (who has the database open)
 * </pre>
 */
package dev.moddesk;
