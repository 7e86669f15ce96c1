package org.vocstat.console;

/** A console user: the name, the password's hash (never the password) and the role. */
record ConsoleUser(String username, String passwordHash, ConsoleRole role) {
}
