package org.newslint.analysis.model;

import org.newslint.text.TextRange;

/** The words that signal attribution: a reporting verb ("said"), noun ("statement") or phrase ("according to"). */
public record Cue(TextRange range, String text, String lemma) {}
