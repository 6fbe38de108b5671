/** Looks: the light and dark themes (AtlantaFX), fonts (with CJK on Linux) and icons. */
package dev.moddesk.ui.theme;
