package org.newslint.analysis.model;

/** One cue in a sentence and the source it attributes to (source is null for agentless cues such as "it is believed"). */
public record Attribution(Cue cue, Source source) {}
