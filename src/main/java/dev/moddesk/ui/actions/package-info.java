/**
 * Every action of the desk defined once ({@link dev.moddesk.ui.actions.DeskAction}: label, icon, keys, help), and
 * what is made from that one definition: the key map, buttons and menu items, and the shortcut list.
 */
package dev.moddesk.ui.actions;
