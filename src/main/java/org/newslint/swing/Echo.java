package org.newslint.swing;

/**
 * The echo line, as the commands see it: where a command says what it did, what went wrong, or
 * what it is reading keys for. An interface so that commands can be tested without a window.
 */
public interface Echo {
    /** A message that stays until the next command. */
    void message(String text);

    /** Something went wrong; shown as an error (and with a beep in the window). */
    void error(String text);

    /** A prompt while a mode reads keys (an incremental search, a y-or-n question). */
    void prompt(String text);
}
