package org.newslint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.Settings;

/**
 * One {@code .newslint.json}: the settings it gives (laid over the defaults), the {@code ignore}
 * globs (relative to the file's folder) and what was wrong with it. A file that cannot be read or
 * parsed gives the defaults and one problem naming line and column.
 */
public record ProjectConfig(Path file, Settings settings, List<String> ignore, List<String> problems) {
    public static final String FILE_NAME = ".newslint.json";

    public ProjectConfig {
        ignore = List.copyOf(ignore);
        problems = List.copyOf(problems);
    }

    /** Whether {@code path} matches one of the ignore globs, taken from this file's folder. */
    public boolean ignores(Path path) {
        if (ignore.isEmpty() || file == null) {
            return false;
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        Path p = path.toAbsolutePath().normalize();
        if (base == null || !p.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(p);
        for (PathMatcher m : matchers()) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private List<PathMatcher> matchers() {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : ignore) {
            out.addAll(Globs.matchers(glob));
        }
        return out;
    }

    /** Globs in {@link FileSystems#getDefault()}'s syntax, where {@code a/**}{@code /b} also matches {@code a/b}. */
    public static final class Globs {
        private Globs() {}

        public static List<PathMatcher> matchers(String glob) {
            List<PathMatcher> out = new ArrayList<>();
            String g = glob.replace('\\', '/');
            if (g.endsWith("/")) {
                g = g + "**";
            }
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            // "**/" means "any folders, or none"; Java's glob wants at least one
            String none = g.replace("**/", "");
            if (!none.equals(g) && !none.isEmpty()) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + none));
            }
            // "drafts/**" also ignores the folder "drafts" itself
            return out;
        }

        public static boolean isGlob(String arg) {
            return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
        }
    }
}
