package org.newslint.swing;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * Every editor command registered by name, so a key binding, M-x and a test all run the same
 * thing. A command signals a user-level problem ("End of buffer") with {@link UserError}.
 */
public final class Commands {
    /** A problem to show in the echo line, not a bug: the command could not do what was asked. */
    public static final class UserError extends RuntimeException {
        public UserError(String message) {
            super(message);
        }
    }

    private final TreeMap<String, Runnable> commands = new TreeMap<>();

    public void define(String name, Runnable action) {
        if (commands.putIfAbsent(name, action) != null) {
            throw new IllegalArgumentException("command defined twice: " + name);
        }
    }

    public boolean has(String name) {
        return commands.containsKey(name);
    }

    /** Command names in alphabetical order, for M-x completion. */
    public NavigableSet<String> names() {
        return Collections.unmodifiableNavigableSet(commands.navigableKeySet());
    }

    void run(String name) {
        Runnable r = commands.get(name);
        if (r == null) {
            throw new UserError("No command named " + name);
        }
        r.run();
    }

    Map<String, Runnable> asMap() {
        return Collections.unmodifiableMap(commands);
    }
}
