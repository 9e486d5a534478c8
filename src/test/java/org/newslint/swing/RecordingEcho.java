package org.newslint.swing;

import java.util.ArrayList;
import java.util.List;

/** An echo line that records what the commands said, for tests without a window. */
final class RecordingEcho implements Echo {
    final List<String> messages = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    String prompt = "";

    @Override
    public void message(String text) {
        messages.add(text);
    }

    @Override
    public void error(String text) {
        errors.add(text);
    }

    @Override
    public void prompt(String text) {
        prompt = text;
    }

    String last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    String lastError() {
        return errors.isEmpty() ? null : errors.get(errors.size() - 1);
    }
}
