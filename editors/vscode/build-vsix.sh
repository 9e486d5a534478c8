#!/bin/bash
# Build the VS Code extension: editors/vscode/newslint-<version>.vsix with the server jar inside.
#
#   editors/vscode/build-vsix.sh [--offline] [--clean] [--jar PATH] [--out FILE]
#
# 1. the server jar: `mvn -B -q package -DskipTests` in the repository root (target/newslint.jar),
#    or the jar given by --jar / $NEWSLINT_JAR (then Maven is not run);
# 2. `npm ci --ignore-scripts` in editors/vscode: exactly the versions and hashes in
#    package-lock.json (@vscode/vsce, esbuild, vscode-languageclient), no install scripts;
#    skipped when node_modules already holds exactly those (--clean: always);
# 3. `vsce package --no-dependencies`, which first runs the vscode:prepublish script,
#    scripts/bundle.js (esbuild: src/ + vscode-languageclient -> dist/extension.js), then zips
#    dist/extension.js, server/newslint.jar, package.json, README.md and the notices (see
#    .vscodeignore) into the .vsix.
#
# --offline (or NEWSLINT_OFFLINE=1): no network at all: `mvn -o` and `npm ci --offline`, which
# take everything from the local Maven repository (~/.m2) and npm cache (~/.npm). Both are filled
# by any earlier build on the machine; if something pinned is missing the build stops with
# Maven's or npm's error naming it. Without --offline the same pinned versions are taken from
# those caches first and only what is missing is fetched from Maven Central / the npm registry.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
offline=${NEWSLINT_OFFLINE:-}
jar=${NEWSLINT_JAR:-}
out=
clean=
while [ $# -gt 0 ]; do
  case "$1" in
    --offline) offline=1 ;;
    --clean) clean=1 ;;
    --jar) jar=${2:?--jar needs a path}; shift ;;
    --out) out=${2:?--out needs a file}; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "build-vsix.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
t0=$(date +%s)
command -v node >/dev/null && command -v npm >/dev/null || { echo "build-vsix.sh: node and npm are needed (Node 20+)" >&2; exit 1; }

if [ -z "$jar" ]; then
  command -v mvn >/dev/null || { echo "build-vsix.sh: mvn not found; install Maven or pass --jar PATH" >&2; exit 1; }
  echo "== server jar: mvn package (${offline:+offline, }tests skipped)"
  (cd "$repo" && mvn -B -q ${offline:+-o} package -DskipTests)
  jar=$repo/target/newslint.jar
fi
[ -f "$jar" ] || { echo "build-vsix.sh: no server jar at $jar" >&2; exit 1; }
mkdir -p "$here/server"
cp "$jar" "$here/server/newslint.jar"
# the .newslint.json schema (docs/newslint.schema.json), which package.json's jsonValidation names
mkdir -p "$here/schemas"
cp "$repo/docs/newslint.schema.json" "$here/schemas/newslint.schema.json"

cd "$here"
# node_modules as npm ci left it (npm's record, node_modules/.package-lock.json, lists exactly the
# versions and hashes of package-lock.json, and each of those packages is there): reuse it;
# otherwise (or with --clean) npm ci
installed_matches_lock() {
  node -e '
    const lock = require("./package-lock.json").packages;
    const got = require("./node_modules/.package-lock.json").packages;
    const fs = require("fs");
    const same = (a, b) => a && b && a.version === b.version && a.integrity === b.integrity;
    const there = (k, v) => { try { return JSON.parse(fs.readFileSync(k + "/package.json", "utf8")).version === v.version; } catch (e) { return false; } };
    const ok = Object.entries(lock).every(([k, v]) => k === "" || v.optional || same(v, got[k]))
      && Object.entries(got).every(([k, v]) => same(v, lock[k]) && there(k, v));
    process.exit(ok ? 0 : 1);' 2>/dev/null
}
if [ -z "$clean" ] && installed_matches_lock; then
  echo "== node_modules matches package-lock.json (--clean to reinstall)"
else
  echo "== npm ci (package-lock.json${offline:+, offline})"
  if [ -n "$offline" ]; then npm_mode=--offline; else npm_mode=--prefer-offline; fi
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error "$npm_mode"
fi

version=$(node -p 'require("./package.json").version')
out=${out:-$here/newslint-$version.vsix}
case "$out" in /*) ;; *) out=$(pwd -P)/$out ;; esac
echo "== vsce package (bundles with esbuild first)"
# the bundle replaces node_modules in the .vsix; no licence file or repository is chosen for
# the project yet, so vsce is told not to ask for them
./node_modules/.bin/vsce package --no-dependencies --skip-license --allow-missing-repository \
  --out "$out" </dev/null
echo "built $out ($(du -h "$out" | cut -f1), $(( $(date +%s) - t0 )) s)"
