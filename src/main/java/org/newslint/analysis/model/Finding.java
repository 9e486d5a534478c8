package org.newslint.analysis.model;

import org.newslint.text.TextRange;

/** One problem a rule found, with a message that tells the writer what to do. */
public record Finding(String rule, Severity severity, TextRange range, String message) {}
