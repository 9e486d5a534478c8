#!/usr/bin/env bash
# Runs newslint's editor integrations in real headless editors against the real server jar:
# Neovim (editors/nvim), Emacs + eglot and Emacs + lsp-mode (editors/emacs/newslint.el), Vim + ALE
# (editors/vim). Each editor is configured with the recipe from editors/README.md, copied out of
# the README at run time (code block after "<!-- recipe: NAME -->", with the real paths put in
# place of /path/to/newslint.jar and /path/to/newslint), opens docs/sample-article.txt and checks
# diagnostics, hover, document symbols, a settings change and the server's end. nvim-quickfix
# (editors/test/nvim_quickfix.lua, also run by NeovimIT) has Neovim's own LSP client apply the
# server's code actions to a copy of editors/test/quickfix-article.txt (an attribution placeholder,
# a name written in full at its first mention, a new .newslint.json with the name) and checks the
# buffer and the re-analysed diagnostics.
#
# Usage: editors/test/run-real-clients.sh [JAR]      (default: target/newslint.jar in the repo)
# Env:   NEWSLINT_ARTIFACTS        evidence root (default target/artifacts in the repo); this
#                                  script replaces its clients/ folder
#        NEWSLINT_CLIENT_TIMEOUT   seconds per client (default 120)
#        NEWSLINT_CLIENTS          which clients, e.g. "nvim eglot" (default: all five)
#        NEWSLINT_KEEP_TMP=1       keep the temporary HOME (its path is printed)
# Needs: java 17+, nvim 0.7+, emacs 28 with eglot and lsp-mode, vim 9 with ALE; on Debian 12:
#   apt-get install -y --no-install-recommends neovim emacs-nox elpa-eglot elpa-lsp-mode vim vim-ale
# Prints one line per client ("nvim: passed (2.1 s)"), then "N passed, M failed"; exit 0 only if
# every client passed.
set -u
shopt -u patsub_replacement 2>/dev/null || true   # '&' in a path is not a back-reference

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
readme=$repo/editors/README.md
sample=$repo/docs/sample-article.txt
jar=$(realpath -m "${1:-$repo/target/newslint.jar}")
artifacts=$(realpath -m "${NEWSLINT_ARTIFACTS:-$repo/target/artifacts}")/clients
limit=${NEWSLINT_CLIENT_TIMEOUT:-120}
clients=${NEWSLINT_CLIENTS:-nvim nvim-quickfix eglot lsp-mode vim-ale}

if [ ! -r "$jar" ]; then
  echo "no server jar at $jar (build it: mvn -B -q package -DskipTests)" >&2
  exit 2
fi
case "$jar$repo" in
  *[\"\'\\]*) echo "the jar and repository paths must not contain quotes or backslashes" >&2; exit 2;;
esac
[ -r "$sample" ] || { echo "missing $sample" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newslint-clients.XXXXXX") || exit 2
cleanup() {
  if [ -n "${NEWSLINT_KEEP_TMP:-}" ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
# the editors' side files (Neovim's log and state, ~/.emacs.d, lsp-mode's session) stay in here
export HOME=$tmp/home
export XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache XDG_DATA_HOME=$HOME/.local/share \
       XDG_STATE_HOME=$HOME/.local/state
mkdir -p "$HOME" "$tmp/recipes"
rm -rf "$artifacts"
mkdir -p "$artifacts" || exit 2

# The code block after "<!-- recipe: NAME -->" in the README, with the real paths.
recipe() {
  local text
  text=$(awk -v marker="<!-- recipe: $1 -->" '
    $0 == marker { armed = 1; next }
    armed && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }' "$readme")
  if [ -z "$text" ]; then
    echo "no recipe '$1' in $readme" >&2
    return 1
  fi
  text=${text//\/path\/to\/newslint.jar/$jar}
  text=${text//\/path\/to\/newslint/$repo}
  printf '%s\n' "$text"
}

# PIDs of newslint servers started by this run (our jar, our HOME)
our_servers() {
  local p pid
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    [ "$pid" = "$$" ] && continue
    { tr '\0' ' ' < "$p/cmdline"; } 2>/dev/null | grep -qF -- "-jar $jar" || continue
    { tr '\0' '\n' < "$p/environ"; } 2>/dev/null | grep -qxF "HOME=$HOME" || continue
    echo "$pid"
  done
}

passed=0 failed=0
fail() {  # NAME REASON
  echo "$1: FAILED: $2"
  failed=$((failed + 1))
}
# run NAME RECIPE-FILE COMMAND...: the editor runs in the repository, stdin from /dev/null
run() {
  local name=$1; shift
  local out=$artifacts/$name
  local t0 t1 rc secs left why=""
  t0=$(date +%s.%N)
  (cd "$repo" && exec timeout -k 5 "$limit" "$@") < /dev/null > "$out/editor.log" 2>&1
  rc=$?
  t1=$(date +%s.%N)
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  # the editor has stopped the server (shutdown/exit, or killed it, or closed its stdin)
  for _ in $(seq 1 50); do
    left=$(our_servers)
    [ -z "$left" ] && break
    sleep 0.2
  done
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    why="timed out after ${limit} s"
  elif [ "$rc" -ne 0 ]; then
    why="exit status $rc"
  fi
  if [ -n "$left" ]; then
    why="${why:+$why; }server still running 10 s after the editor ended (pid $(echo $left))"
    ps -o pid,etime,args -p "$(echo $left | tr ' ' ',')" > "$out/leftover-servers.txt" 2>&1
    for pid in $left; do kill "$pid" 2>/dev/null; done
  fi
  echo "rc=$rc seconds=$secs${why:+ failure=$why}" > "$out/status.txt"
  if [ -z "$why" ]; then
    echo "$name: passed ($secs s)"
    passed=$((passed + 1))
  else
    echo "$name: FAILED ($secs s): $why; evidence in $out"
    failed=$((failed + 1))
  fi
}

export NEWSLINT_REPO=$repo NEWSLINT_WAIT_MS=60000 NEWSLINT_WAIT=60
for client in $clients; do
  out=$artifacts/$client
  mkdir -p "$out"
  export NEWSLINT_ARTIFACTS_DIR=$out
  case $client in
    nvim)
      recipe nvim > "$out/init.lua" || { fail nvim "no recipe in the README"; continue; }
      command -v nvim > /dev/null || { fail nvim "nvim is not installed"; continue; }
      NEWSLINT_OUT=$out/result.json \
        run nvim nvim --headless -u "$out/init.lua" -i NONE -n --cmd "lua vim.lsp.set_log_level('debug')" \
        "$sample" -c "luafile $here/nvim_check.lua"
      for f in "$XDG_CACHE_HOME/nvim/lsp.log" "$XDG_STATE_HOME/nvim/lsp.log"; do
        [ -f "$f" ] && cp "$f" "$out/nvim-lsp.log"
      done
      ;;
    nvim-quickfix)
      command -v nvim > /dev/null || { fail nvim-quickfix "nvim is not installed"; continue; }
      # a workspace of its own with no .newslint.json above it: the check creates one there
      mkdir -p "$tmp/quickfix" && cp "$repo/editors/test/quickfix-article.txt" "$tmp/quickfix/article.txt"
      NEWSLINT_OUT=$out/result.json NEWSLINT_CMD="java"$'\037'"-jar"$'\037'"$jar" \
        run nvim-quickfix nvim --headless --clean -n -i NONE "$tmp/quickfix/article.txt" \
        -c "luafile $here/nvim_quickfix.lua"
      cp "$tmp/quickfix/.newslint.json" "$out/saved.newslint.json" 2>/dev/null
      ;;
    eglot|lsp-mode)
      recipe "$client" > "$out/init.el" || { fail "$client" "no recipe in the README"; continue; }
      command -v emacs > /dev/null || { fail "$client" "emacs is not installed"; continue; }
      NEWSLINT_CLIENT=$client NEWSLINT_OUT=$out/result.txt \
        run "$client" emacs --batch -l "$here/emacs_prelude.el" -l "$out/init.el" -l "$here/emacs_check.el" "$sample"
      ;;
    vim-ale)
      recipe vim-ale > "$out/vimrc" || { fail vim-ale "no recipe in the README"; continue; }
      command -v vim > /dev/null || { fail vim-ale "vim is not installed"; continue; }
      NEWSLINT_OUT=$out/result.json \
        run vim-ale vim -N -u "$out/vimrc" --cmd "source $here/ale_prelude.vim" -i NONE -n -es \
        -S "$here/ale_check.vim" "$sample"
      ;;
    *)
      fail "$client" "unknown client (nvim, nvim-quickfix, eglot, lsp-mode, vim-ale)"
      ;;
  esac
done

# what the editors left in the temporary home
(cd "$HOME" && find . -mindepth 1 | sort) > "$artifacts/home-files.txt" 2>/dev/null
{
  echo "jar: $jar"
  echo "java: $(java -version 2>&1 | head -n 1)"
  command -v nvim > /dev/null && echo "nvim: $(nvim --version | head -n 1)"
  command -v emacs > /dev/null && echo "emacs: $(emacs --version | head -n 1)"
  command -v vim > /dev/null && echo "vim: $(vim --version | head -n 1)"
  for p in elpa-eglot elpa-lsp-mode vim-ale; do
    echo "$p: $(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo '?')"
  done
} > "$artifacts/versions.txt"
echo "evidence: $artifacts"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
