# Sourced by the scripts beside it: an X display to open the desk on, and waiting for the desk's window.

# Uses $DISPLAY when set, else starts a private Xvfb (stopped by stop_display). Fails without either.
start_display() {
  if [[ -n "${DISPLAY:-}" ]]; then
    return 0
  fi
  command -v Xvfb >/dev/null || return 1
  local number
  number=$(mktemp)
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1600x1000x24 3>"$number" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do
    [[ -s "$number" ]] && break
    sleep 0.1
  done
  export DISPLAY=":$(cat "$number")"
  rm -f "$number"
  [[ "$DISPLAY" != ":" ]]
}

stop_display() {
  if [[ -n "${xvfb_pid:-}" ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    unset xvfb_pid DISPLAY
  fi
}

# wait_for_window PID SECONDS: succeeds once a visible window titled "ModDesk…" is mapped; fails when the process
# PID ends first or the time runs out.
wait_for_window() {
  local pid=$1 deadline=$((SECONDS + $2))
  until xdotool search --onlyvisible --name '^ModDesk' >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || return 1
    ((SECONDS < deadline)) || return 1
    sleep 0.01
  done
}

# Stops the desk with PID (the launcher's own process) and waits, up to 30 s, until its window is gone.
close_desk() {
  local deadline=$((SECONDS + 30))
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  while xdotool search --name '^ModDesk' >/dev/null 2>&1 && ((SECONDS < deadline)); do sleep 0.05; done
}
