/**
 * The desk (JavaFX): {@link dev.moddesk.ui.DeskLauncher} makes this process the database's owner (or brings an
 * open desk forward), {@link dev.moddesk.ui.ModDeskApp} opens it, and {@link dev.moddesk.ui.DeskWindow} assembles
 * the features, one sub-package each. Views only wire controls; view models hold the state, call the
 * {@code app} services through a {@link dev.moddesk.ui.background.Background} and never touch a control. The ui
 * reaches the database only through {@code app}.
 */
package dev.moddesk.ui;
