package org.newslint.swing;

import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;

/** Incremental search (C-s, C-r) in the echo line, with the match highlighted; RET stays, C-g goes back. */
final class SearchCommands {
    private final EditingCommands editing;

    SearchCommands(EditingCommands editing) {
        this.editing = editing;
    }

    // ------------------------------------------------------------------ incremental search

    void isearch(boolean forward) {
        editing.deactivateMark();
        IncrementalSearch search =
                new IncrementalSearch(editing.text(0, editing.length()), editing.point(), forward, editing.lastSearch);
        CommandLoop.Mode mode = new CommandLoop.Mode() {
            @Override
            public boolean key(String key) {
                switch (key) {
                    case "C-s" -> search.repeat(true);
                    case "C-r" -> search.repeat(false);
                    case "DEL" -> search.backspace();
                    case "C-g" -> {
                        if (!search.dropFailing()) {
                            finish(this, search, false);
                            editing.moveTo(search.origin());
                            editing.echo.message("Quit");
                            return true;
                        }
                    }
                    case "RET" -> {
                        finish(this, search, true);
                        return true;
                    }
                    default -> {
                        if (Keymap.isSelfInserting(key)) {
                            return false;
                        }
                        // any other key ends the search where it is and then does its usual job
                        finish(this, search, true);
                        return false;
                    }
                }
                show(search);
                return true;
            }

            @Override
            public void typed(char c) {
                if (c >= 0x20 && c != 0x7f) {
                    search.type(c);
                    show(search);
                }
            }
        };
        editing.loop.enterMode(mode);
        show(search);
    }

    void show(IncrementalSearch search) {
        clearSearchHighlight();
        editing.area.getCaret().setDot(search.point());
        if (search.matchStart() >= 0) {
            try {
                editing.searchHighlight = editing.area
                        .getHighlighter()
                        .addHighlight(
                                search.matchStart(),
                                search.matchEnd(),
                                new DefaultHighlighter.DefaultHighlightPainter(EditingCommands.SEARCH_MATCH));
            } catch (BadLocationException e) {
                // the match is where the text was; nothing to show
            }
        }
        editing.echo.prompt(search.prompt());
    }

    void finish(CommandLoop.Mode mode, IncrementalSearch search, boolean keep) {
        editing.loop.exitMode(mode);
        clearSearchHighlight();
        if (!search.query().isEmpty()) {
            editing.lastSearch = search.query();
        }
        if (keep) {
            editing.area.getCaret().setDot(search.point());
            if (search.point() != search.origin()) {
                editing.mark = editing.position(search.origin());
                editing.markActive = false;
                editing.echo.message("Mark saved where search started");
            } else {
                editing.echo.message("");
            }
        }
    }

    void clearSearchHighlight() {
        if (editing.searchHighlight != null) {
            editing.area.getHighlighter().removeHighlight(editing.searchHighlight);
            editing.searchHighlight = null;
        }
    }
}
