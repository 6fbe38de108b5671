/**
 * Plain immutable types (Comment, Status, QueueQuery and the like) and the pure rules every layer shares (the
 * decision rule). Depends on nothing but {@code java.*}.
 */
package dev.moddesk.core;
