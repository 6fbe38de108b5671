/**
 * The command line (a contract, listed in the README): one picocli command per verb, each reaching the database
 * only through the {@code app} services. A command on a database runs in the process that owns it (see
 * {@code owner}): here, or handed to the desk or to another command that has it open.
 */
package dev.moddesk.cli;
