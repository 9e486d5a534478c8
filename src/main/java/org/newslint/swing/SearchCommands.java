package org.newslint.swing;

import java.awt.Color;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.JTextComponent;

/**
 * Incremental search, C-s and C-r: a mode of the {@link CommandLoop} that feeds typed characters
 * to an {@link IncrementalSearch}, moves point to each match and highlights it, and on leaving
 * keeps the match (leaving the mark where the search began) or, with C-g, goes back.
 */
final class SearchCommands {
    static final Color SEARCH_MATCH = new Color(255, 214, 102);

    private final JTextComponent area;
    private final PointAndMark pm;
    private final CommandLoop loop;
    private final Echo echo;
    private String lastSearch = "";
    private Object searchHighlight;

    SearchCommands(JTextComponent area, PointAndMark pm, CommandLoop loop, Echo echo) {
        this.area = area;
        this.pm = pm;
        this.loop = loop;
        this.echo = echo;
    }

    void register(Commands c) {
        c.define("isearch-forward", () -> isearch(true));
        c.define("isearch-backward", () -> isearch(false));
    }

    /** The last search string, for tests and for C-s C-s. */
    String lastSearch() {
        return lastSearch;
    }

    /** Removes the match highlight, as after opening another file. */
    void reset() {
        clearSearchHighlight();
    }

    private void isearch(boolean forward) {
        pm.deactivateMark();
        IncrementalSearch search = new IncrementalSearch(pm.text(0, pm.length()), pm.point(), forward, lastSearch);
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
                            pm.moveTo(search.origin());
                            echo.message("Quit");
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
        loop.enterMode(mode);
        show(search);
    }

    private void show(IncrementalSearch search) {
        clearSearchHighlight();
        area.getCaret().setDot(search.point());
        if (search.matchStart() >= 0) {
            try {
                searchHighlight = area.getHighlighter()
                        .addHighlight(
                                search.matchStart(),
                                search.matchEnd(),
                                new DefaultHighlighter.DefaultHighlightPainter(SEARCH_MATCH));
            } catch (BadLocationException e) {
                // the match is where the text was; nothing to show
            }
        }
        echo.prompt(search.prompt());
    }

    private void finish(CommandLoop.Mode mode, IncrementalSearch search, boolean keep) {
        loop.exitMode(mode);
        clearSearchHighlight();
        if (!search.query().isEmpty()) {
            lastSearch = search.query();
        }
        if (keep) {
            area.getCaret().setDot(search.point());
            if (search.point() != search.origin()) {
                pm.pushMark(search.origin());
                echo.message("Mark saved where search started");
            } else {
                echo.message("");
            }
        }
    }

    private void clearSearchHighlight() {
        if (searchHighlight != null) {
            area.getHighlighter().removeHighlight(searchHighlight);
            searchHighlight = null;
        }
    }
}
