#!/usr/bin/env bash
# Class-data sharing for the app image: runs its launcher through a typical start (the command line, then the desk
# until its window shows) and lists the classes it loaded. Those of the runtime's own modules (Java and JavaFX) go
# into the runtime's default archive, lib/server/classes.jsa, which the JVM maps at every start wherever the app
# lies. The app's own classes and its libraries' go into a second, dynamic archive on top, lib/app/moddesk.jsa
# (the launcher's -XX:SharedArchiveFile): JDK 17 ties that one to the jars' absolute paths, so the list is kept
# beside it (lib/app/moddesk.classlist) and the .deb's postinst makes it again where the app is installed; where
# it does not match (an app image moved elsewhere) the JVM passes over it silently and uses the runtime's archive.
# Without a display (no $DISPLAY, no Xvfb) or xdotool the desk part is left out.
#   packaging/linux/cds-archive.sh target/app-image/moddesk
set -euo pipefail
source "$(dirname "$0")/desk-window.sh"
app=$(cd "$1" && pwd)
launcher="$app/bin/$(basename "$app")"
runtime="$app/lib/runtime"
sample="$(dirname "$0")/../../src/test/resources/dev/moddesk/sample-export.xml"
work=$(mktemp -d)
trap 'stop_display; rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work" XDG_DATA_HOME="$work" XDG_CACHE_HOME="$work" MODDESK_NO_RELAUNCH=1
run=0
options() { # JVM options for the next training run: its own class list
  run=$((run + 1))
  training="-XX:DumpLoadedClassList=$work/$run.classes -Duser.home=$work"
}
train() {
  options
  JAVA_TOOL_OPTIONS="$training" "$launcher" "$@"
}

train --version >/dev/null 2>&1
train --db "$work/train.db" import "$sample" >/dev/null 2>&1
train --db "$work/train.db" demo --comments 300 >/dev/null 2>&1
train --db "$work/train.db" stats >/dev/null 2>&1
if start_display && command -v xdotool >/dev/null; then
  options
  JAVA_TOOL_OPTIONS="$training" "$launcher" --db "$work/train.db" >/dev/null 2>&1 &
  desk=$! # the launcher itself, so that closing the desk stops it
  if wait_for_window "$desk" 120; then
    sleep 2 # the first rows, counts and filters load just after the window shows
  else
    echo "cds-archive: the desk showed no window; archiving the command line's classes only" >&2
  fi
  close_desk "$desk"
else
  echo "cds-archive: no display or no xdotool; archiving the command line's classes only" >&2
fi

# one list, each class once, in the order first seen
awk '!seen[$0]++' "$work"/*.classes >"$work/all.classes"
# classes of the app's jars are not found here (no class path): the dump says so per class, hence the log
"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" \
  -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log" >&2; exit 1; }

# the app's classes, loaded from the list on the launcher's own class path (same jars, same order) and archived
# at exit; the options the archive depends on (the collector) are the launcher's
classes="$app/lib/app/moddesk.classlist"
grep -v '^[#@]' "$work/all.classes" | awk '{print $1}' >"$classes"
class_path=$(sed -n 's|^app.classpath=\$APPDIR/|'"$app/lib/app/"'|p' "$app/lib/app/$(basename "$app").cfg" | paste -sd:)
rm -f "$app/lib/app/moddesk.jsa"
"$runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
  -XX:ArchiveClassesAtExit="$app/lib/app/moddesk.jsa" -cp "$class_path" dev.moddesk.ClassListLoader "$classes" \
  >"$work/app-dump.log" 2>&1 || { cat "$work/app-dump.log" >&2; exit 1; }
echo "cds-archive: $(grep -c . "$work/all.classes") classes listed; $(du -h "$runtime/lib/server/classes.jsa" | cut -f1)" \
  "runtime archive, $(du -h "$app/lib/app/moddesk.jsa" | cut -f1) app archive"
