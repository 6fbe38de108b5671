package dev.moddesk.owner;

/** The outcome of claiming a database: this process owns it now, or another one does. */
public sealed interface Claim permits Owned, HeldElsewhere {
}
