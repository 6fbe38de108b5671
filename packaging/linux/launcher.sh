#!/usr/bin/env bash
# ModDesk's launcher on Linux (bin/moddesk of the app image, /usr/bin/moddesk once installed): starts the bundled
# runtime with the JVM options, class path and main class of lib/app/moddesk.cfg, which jpackage wrote.
# It takes the place of jpackage's native launcher: in JDK 17 that one asks rpm and dpkg which package owns it
# before every start (`dpkg -S` reads the whole package database), 0.3 s of CPU and wall time before the JVM even
# begins, on a desk that has to show its window within 2 s (packaging/README.md).
set -euo pipefail
bin=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
root=$(dirname "$bin")
name=$(basename "$root")
app="$root/lib/app"
options=()
class_path=""
main=""
while IFS= read -r line || [[ -n "$line" ]]; do
  line=${line//\$APPDIR/$app}
  line=${line//\$ROOTDIR/$root}
  line=${line//\$BINDIR/$bin}
  case "$line" in
    app.classpath=*) class_path="${class_path:+$class_path:}${line#app.classpath=}" ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$app/$name.cfg"
exec -a "$name" "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$bin/$name" \
  -cp "$class_path" "$main" "$@"
