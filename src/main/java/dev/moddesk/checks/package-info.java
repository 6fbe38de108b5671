/**
 * Whether an author's email, URL and IP are well-formed (Apache Commons Validator): the one check of each, for
 * the store (an IP typed in the filter) and the layers above. Uses the JDK and Commons Validator alone.
 */
package dev.moddesk.checks;
