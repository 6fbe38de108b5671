/**
 * Moderating: decisions, restore, undo and redo, conflict resolution ({@link dev.moddesk.core.DecisionRule}
 * decides every move, the store persists it), the queue as both shells read it, and what a key means where.
 */
package dev.moddesk.app.moderation;
