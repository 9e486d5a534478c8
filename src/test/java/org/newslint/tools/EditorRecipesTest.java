package org.newslint.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every editor recipe starts the server with the JVM options {@code bench --startup} measures with by
 * default, so the start-up and memory figures are the ones editors get.
 */
class EditorRecipesTest {
    private static final List<String> RECIPES = List.of(
            "editors/sublime/LSP.sublime-settings",
            "editors/kate/lspclient-settings.json",
            "editors/vim/autoload/newslint/ale.vim",
            "editors/helix/languages.toml",
            "editors/emacs/newslint.el",
            "editors/nvim/lua/newslint/init.lua",
            "editors/vscode/src/extension.js",
            "editors/README.md",
            "README.md");

    @Test
    void everyRecipeStartsTheServerWithTheMeasuredJvmOptions() throws IOException {
        List<String> options = List.of(BenchStartup.RECIPE_JVM_OPTIONS.split("\\s+"));
        assertThat(options).isNotEmpty();
        for (String recipe : RECIPES) {
            String text = Files.readString(Path.of(recipe));
            for (String option : options) {
                assertThat(text).as(recipe).contains(option);
            }
            assertThat(text)
                    .as(recipe + " passes the class-data-sharing archive")
                    .contains("-XX:SharedArchiveFile=");
        }
    }
}
