/** Looks: the light and dark themes (AtlantaFX), fonts (with CJK on Linux), icons, and windows that fit the screen. */
package dev.moddesk.ui.theme;
