#!/usr/bin/env bash
# Start time of the desk: from starting a command to its main window being mapped (visible) on the X display in
# $DISPLAY (or a private Xvfb), over several runs; each run closes the window before the next starts.
#   packaging/linux/start-time.sh RUNS DATABASE COMMAND...
#   e.g. packaging/linux/start-time.sh 5 demo.db target/app-image/moddesk/bin/moddesk
# Needs xdotool. Prints per run the wall-clock time and the CPU time the process had used by then (user + system,
# which a busy machine does not inflate the way it does wall-clock time), then the medians, in milliseconds.
set -euo pipefail
source "$(dirname "$0")/desk-window.sh"
runs=$1 db=$2
shift 2
start_display
trap stop_display EXIT
times=() cpus=()
tick_ms=$((1000 / $(getconf CLK_TCK)))
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  "$@" --db "$db" >/dev/null 2>&1 &
  pid=$!
  if ! wait_for_window "$pid" 120; then
    echo "run $i: the desk showed no window" >&2
    exit 1
  fi
  ms=$((($(date +%s%N) - start) / 1000000))
  cpu=$(awk -v t="$tick_ms" '{print ($14 + $15) * t}' "/proc/$pid/stat")
  times+=("$ms") cpus+=("$cpu")
  echo "run $i: $ms ms (CPU $cpu ms)"
  close_desk "$pid"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "median: $(median "${times[@]}") ms (CPU $(median "${cpus[@]}") ms)"
