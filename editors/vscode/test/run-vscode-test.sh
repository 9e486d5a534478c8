#!/bin/bash
# End-to-end test of the VS Code extension in real VS Code (code-server 4.100.3 = VS Code 1.100.3)
# in headless Debian Chromium: builds the .vsix, installs it, opens docs/sample-article.txt and
# checks, through VS Code's own APIs, that newslint's diagnostics reach VS Code's diagnostics
# model, that a hover on "Dunmore" says "Rachel Dunmore", and that the outline has "Rachel
# Dunmore" with a quote under them. Saves a screenshot of the workbench.
#
#   editors/vscode/test/run-vscode-test.sh        (from anywhere; root for apt-get the first time)
#
# Env: NEWSLINT_WORK       installs and run files (default /tmp/newslint-vscode; never the repo)
#      NEWSLINT_ARTIFACTS  screenshot, self-test report, logs (default <repo>/target/artifacts)
#      NEWSLINT_JAR        use this server jar instead of building one with Maven
#      NEWSLINT_OFFLINE=1  build the .vsix without network (see build-vsix.sh)
#      CHROMIUM            browser (default /usr/bin/chromium)
#      NEWSLINT_TEST_TIMEOUT  seconds for the browser part (default 240)
# Prints `vscode: passed` or `vscode: failed (<reason>)`; exit status 0 / 1.
# Not part of `mvn verify` / .ci/run: the first run installs code-server (~2 min in all), later
# runs take ~40 s. See editors/vscode/README.md.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ext=$(cd "$here/.." && pwd)
repo=$(cd "$ext/../.." && pwd)
WORK=$(realpath -m "${NEWSLINT_WORK:-/tmp/newslint-vscode}")
ART=${NEWSLINT_ARTIFACTS:-$repo/target/artifacts}
ART=$(cd "$repo" && realpath -m "$ART")
export DEBIAN_FRONTEND=noninteractive
T0=$(date +%s)

fail() { echo "vscode: failed ($*)"; exit 1; }
step() { echo "== $* ($(( $(date +%s) - T0 )) s)"; }
case "$WORK/" in "$repo"/*) fail "NEWSLINT_WORK must be outside the repository ($repo)";; esac
mkdir -p "$WORK" "$ART" || fail "cannot create $WORK or $ART"

# --- system packages: Chromium, ripgrep (VS Code's file search) and what code-server's native
#     modules are rebuilt with; installed only when missing
missing=()
for p in chromium ripgrep build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  [ "$(id -u)" = 0 ] || fail "missing Debian packages ${missing[*]} and not root to install them"
  { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } > "$WORK/apt.log" 2>&1 \
    || fail "apt-get install ${missing[*]}: see $WORK/apt.log"
fi
command -v node >/dev/null || fail "node not found (Node 20 is needed)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "Node $node_major found; code-server 4.100.3 needs Node 20"

# --- code-server + puppeteer-core into $WORK/deps, pinned by test/package-lock.json. code-server's
#     own install script downloads ripgrep and native prebuilds from GitHub, which is not reachable
#     here, so its steps are done by hand: --ignore-scripts, native modules rebuilt against the
#     local Node headers, Debian's rg in place of the downloaded one.
DEPS=$WORK/deps
stamp=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -c1-16)
if [ "$(cat "$DEPS/.installed" 2>/dev/null)" != "$stamp" ]; then
  step "installing code-server 4.100.3 and puppeteer-core into $DEPS (once; ~80 s)"
  rm -rf "$DEPS" && mkdir -p "$DEPS" && cp "$here/package.json" "$here/package-lock.json" "$DEPS/"
  (
    set -e
    export npm_config_nodedir=/usr npm_config_yes=true
    cd "$DEPS"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
    npm rebuild argon2
    cd node_modules/code-server/lib/vscode
    npm install --no-audit --no-fund --omit=dev --ignore-scripts --loglevel=error
    npm rebuild @parcel/watcher @vscode/spdlog kerberos native-watchdog node-pty @vscode/deviceid
    mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sf code-linux.sh code-server)
    (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
    cd extensions && npm install --no-audit --no-fund --omit=dev --ignore-scripts --loglevel=error
  ) > "$WORK/install.log" 2>&1 || fail "installing code-server: see $WORK/install.log"
  echo "$stamp" > "$DEPS/.installed"
fi
CS=$DEPS/node_modules/.bin/code-server
[ -x "$CS" ] || fail "no code-server at $CS"

# --- the extension's unit tests (src/launch.js: jar and Java lookup, settings for the server)
step "unit tests (node --test test/unit/)"
node --test "$here/unit/" > "$WORK/unit-tests.log" 2>&1 || { tail -30 "$WORK/unit-tests.log"; fail "unit tests: see $WORK/unit-tests.log"; }
grep -E '^# (pass|fail)' "$WORK/unit-tests.log" | tr '\n' ' '; echo

# --- the .vsix, built the documented way
step "building the .vsix (editors/vscode/build-vsix.sh)"
VSIX=$WORK/newslint.vsix
"$ext/build-vsix.sh" --out "$VSIX" > "$WORK/build-vsix.log" 2>&1 || { tail -20 "$WORK/build-vsix.log"; fail "build-vsix.sh: see $WORK/build-vsix.log"; }
tail -1 "$WORK/build-vsix.log"

# --- a fresh VS Code profile per run; the .vsix installed the way a user installs one
RUN=$WORK/run
rm -rf "$RUN" && mkdir -p "$RUN/home" "$RUN/ext" || fail "cannot create $RUN"
export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/home/.config XDG_CACHE_HOME=$RUN/home/.cache \
  XDG_DATA_HOME=$RUN/home/.local/share XDG_STATE_HOME=$RUN/home/.local/state
step "code-server --install-extension"
"$CS" --user-data-dir "$RUN/data" --extensions-dir "$RUN/ext" --install-extension "$VSIX" --force \
  > "$RUN/install-extension.log" 2>&1 || fail "code-server --install-extension: see $RUN/install-extension.log"
grep -q "newslint" "$RUN/install-extension.log" || fail "extension not installed: see $RUN/install-extension.log"

step "VS Code in headless Chromium"
rm -f "$ART/vscode-workbench.png" "$ART/vscode-selftest.json"
NODE_PATH=$DEPS/node_modules CS_BIN=$CS RUN_DIR=$RUN ARTIFACTS=$ART \
  ARTICLE=$repo/docs/sample-article.txt \
  timeout "${NEWSLINT_TEST_TIMEOUT:-240}" node "$here/vscode-check.js" 2>&1 | tee "$RUN/driver.log"
rc=${PIPESTATUS[0]}
cp "$RUN/driver.log" "$ART/vscode-driver.log" 2>/dev/null
for f in code-server.out code-server.err; do cp "$RUN/$f" "$ART/vscode-$f" 2>/dev/null; done
[ -d "$RUN/data/logs" ] && { rm -rf "$ART/vscode-logs"; cp -r "$RUN/data/logs" "$ART/vscode-logs"; }
echo "artefacts: $ART (vscode-workbench.png, vscode-selftest.json, logs); total $(( $(date +%s) - T0 )) s"
if [ "$rc" -eq 0 ]; then echo "vscode: passed"; exit 0; fi
reason=$(sed -n 's/^FAIL: //p' "$RUN/driver.log" | tail -1)
[ "$rc" -eq 124 ] && reason="timed out after ${NEWSLINT_TEST_TIMEOUT:-240} s"
fail "${reason:-driver exited with $rc; see $ART/vscode-driver.log}"
