#!/bin/sh
# Runs the Swing editor's window test (SwingEditorIT) under a virtual X server, so it works on a
# machine without a screen (CI, containers). Installs Debian's xvfb (and a font, so the screenshot
# shows letters, not boxes) when they are missing and we may. Extra arguments go to Maven (-o for
# offline). The screenshots land in target/artifacts/; with --update-docs the main one is also
# copied to docs/images/swing-editor.png for the README.
set -eu
cd "$(dirname "$0")/../.."

update_docs=no
if [ "${1:-}" = "--update-docs" ]; then
    update_docs=yes
    shift
fi

need=""
command -v xvfb-run >/dev/null 2>&1 || need="$need xvfb"
if command -v fc-list >/dev/null 2>&1 && ! fc-list | grep -qi dejavu; then
    need="$need fonts-dejavu-core"
fi
if [ -n "$need" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "xvfb-test: installing$need" >&2
        apt-get install -y -q $need >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q $need >/dev/null; }
    else
        echo "xvfb-test: missing$need; install with: sudo apt-get install -y$need" >&2
        exit 2
    fi
fi

# the unit tests run in 'mvn verify' anyway; here only the window test, after packaging the jar
xvfb-run -a -s "-screen 0 1280x900x24" \
    mvn -B "$@" verify -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SwingEditorIT

shot=target/artifacts/swing-editor.png
test -s "$shot" || { echo "xvfb-test: no screenshot at $shot" >&2; exit 1; }
echo "xvfb-test: screenshots in target/artifacts/ (swing-editor.png, swing-editor-hover.png)"
if [ "$update_docs" = yes ]; then
    mkdir -p docs/images
    cp "$shot" docs/images/swing-editor.png
    echo "xvfb-test: copied to docs/images/swing-editor.png"
fi
