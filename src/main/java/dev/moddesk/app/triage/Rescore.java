package dev.moddesk.app.triage;

/** Which pending comments a triage run judges. */
public enum Rescore {
    /** Only those without a verdict yet (after an import or a pull). */
    UNSCORED,
    /** Every one (new rules, or asked for). */
    ALL,
    /** Every one when the decisions changed since the saved model learned from them; else only the unscored. */
    ALL_WHEN_DECISIONS_CHANGED
}
