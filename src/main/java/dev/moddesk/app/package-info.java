/**
 * The application services: the one API both shells use. {@link dev.moddesk.app.Workspace} opens a database and
 * hands out the services, one sub-package per feature. Services know no JavaFX and no command line; they may
 * use {@code core}, {@code store}, {@code formats} and {@code site}.
 */
package dev.moddesk.app;
