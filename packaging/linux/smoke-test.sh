#!/usr/bin/env bash
# Smoke test of a built Linux app image, through its launcher, as a user would run it:
#   --version; import of the sample export and stats; the app's class-data archive in use; the default database in the user's data folder; the desk
#   opening on a demo database (under $DISPLAY, else a private Xvfb); every shipped jar named in the licence list;
#   nothing written inside the app image; the image's size within 120 MB.
#   packaging/linux/smoke-test.sh [target/app-image/moddesk]
# Needs Xvfb (or a display) and xdotool for the desk part. Exit 0 when every check passed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/desk-window.sh"
repo=$(cd "$here/../.." && pwd)
app=$(cd "${1:-$repo/target/app-image/moddesk}" && pwd)
launcher="$app/bin/$(basename "$app")"
sample="$repo/src/test/resources/dev/moddesk/sample-export.xml"
licences="$repo/src/main/resources/dev/moddesk/ui/about/third-party.tsv"
work=$(mktemp -d)
trap 'stop_display; rm -rf "$work"' EXIT
# the user's folders, inside the scratch folder
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run" MODDESK_DB=
export JAVA_TOOL_OPTIONS="-Duser.home=$work/home"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
touch "$work/started"
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION EXPECTED ACTUAL
  if [[ "$3" == *"$2"* ]]; then pass "$1"; else fail "$1: expected '$2' in: $3"; fi
}
run() { "$launcher" "$@" 2>"$work/stderr"; }

check "--version" "moddesk " "$(run --version)"
comments=$(grep -c '<wp:comment>' "$sample")
check "import of the sample export" "\"inserted\":$comments," "$(run --db "$work/site.db" import --json "$sample")"
check "stats after the import" "\"total\":$comments," "$(run --db "$work/site.db" stats --json)"
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load:file=$work/classes.txt" run --db "$work/site.db" stats >/dev/null
archived=$(grep -c 'shared objects file (top)' "$work/classes.txt" || true)
if ((archived > 100)); then pass "the app's own classes come from its class-data archive ($archived of them)"
else fail "the launcher did not use the app's class-data archive lib/app/moddesk.jsa ($archived classes from it)"; fi
run demo --comments 200 >/dev/null
if [[ -f "$XDG_DATA_HOME/moddesk/moddesk.db" ]]; then pass "the default database is in the user's data folder"
else fail "no database in $XDG_DATA_HOME/moddesk after 'demo' without --db"; fi

if start_display && command -v xdotool >/dev/null; then
  "$launcher" >"$work/desk.log" 2>&1 &
  desk=$!
  if wait_for_window "$desk" 60; then pass "the desk shows its window on the demo database ($DISPLAY)"
  else fail "the desk showed no window within 60 s: $(tail -5 "$work/desk.log")"; fi
  close_desk "$desk"
else
  fail "the desk: no display, no Xvfb, or no xdotool"
fi

for jar in "$app"/lib/app/*.jar; do
  name=$(basename "$jar" .jar)
  name=${name%-[0-9]*}
  [[ "$name" == moddesk-app ]] && continue
  if cut -f1 "$licences" | tr ',' '\n' | grep -qx "$name"; then :; else fail "$name.jar is not in the licence list"; fi
done
pass "the licence list checked against the shipped jars"

written=$(find "$app" -newer "$work/started" | head -5)
if [[ -z "$written" ]]; then pass "nothing written inside the app image"; else fail "written inside the app image: $written"; fi
size=$(du -sm "$app" | cut -f1)
if ((size <= 120)); then pass "app image: $size MB"; else fail "app image: $size MB (over 120 MB)"; fi

((failures == 0)) && echo "smoke test passed" || { echo "smoke test: $failures failed"; exit 1; }
