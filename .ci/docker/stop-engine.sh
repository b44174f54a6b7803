#!/usr/bin/env bash
# Undoes start-engine.sh: removes the test containers, then stops the dockerd that start-engine.sh
# started (and the containerd that dockerd spawned). An engine that start-engine.sh did not start
# is left running. Safe to call when nothing runs.
#
# Usage: .ci/docker/stop-engine.sh
# Environment: HIREFLOW_TEST_POSTGRES_IMAGE (default postgres:17), the image whose containers are removed.
set -euo pipefail

readonly TAG="${HIREFLOW_TEST_POSTGRES_IMAGE:-postgres:17}"
readonly PID_FILE=/tmp/hireflow-dockerd.pid
readonly LOCK_FILE=/tmp/hireflow-docker.lock
# Where dockerd records the containerd it launches itself (when no system containerd runs).
readonly MANAGED_CONTAINERD_PID_FILE=/var/run/docker/containerd/containerd.pid

log() { printf '[stop-engine] %s\n' "$*" >&2; }

# Never stop the engine while start-engine.sh is bringing it up.
exec 9>"$LOCK_FILE"
flock 9

# True if $1 is a live process whose command name is $2 (guards against a recycled PID).
# A zombie counts as gone: its parent (here PID 1 of the machine) may be slow to reap it.
is_process() {
  [ -r "/proc/$1/stat" ] && [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ] \
    && [ "$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

# Sends TERM, waits up to $3 seconds, then KILL.
stop_process() {
  local pid="$1" name="$2" timeout="$3" waited=0
  is_process "$pid" "$name" || return 0
  log "stopping $name $pid"
  kill -TERM "$pid" 2>/dev/null || true
  while is_process "$pid" "$name"; do
    if [ "$waited" -ge $(( timeout * 2 )) ]; then
      log "$name $pid ignored TERM for ${timeout} s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.5
    waited=$(( waited + 1 ))
  done
}

# --- containers -------------------------------------------------------------------------------
# Ryuk is disabled (its image cannot be pulled), so containers of crashed or interrupted test runs
# stay behind unless removed here. They hold only throwaway test data: remove them outright.
if docker info >/dev/null 2>&1; then
  ids=$( { docker ps -aq --filter "ancestor=$TAG" 2>/dev/null || true
           docker ps -aq --filter label=org.testcontainers=true 2>/dev/null || true; } | sort -u )
  if [ -n "$ids" ]; then
    log "removing containers: $(echo "$ids" | tr '\n' ' ')"
    # shellcheck disable=SC2086  # one argument per container id
    docker rm -f $ids >/dev/null
  else
    log "no test containers"
  fi
else
  log "no Docker engine answers; nothing to clean up in it"
fi

# --- engine -----------------------------------------------------------------------------------
if [ ! -s "$PID_FILE" ]; then
  log "no $PID_FILE: start-engine.sh did not start an engine; leaving any engine alone"
  exit 0
fi
dockerd_pid=$(cat "$PID_FILE")
if ! is_process "$dockerd_pid" dockerd; then
  log "dockerd $dockerd_pid is not running (stale pid file); removing it"
  rm -f "$PID_FILE"
  exit 0
fi

# Note the containerd child before dockerd goes: dockerd normally stops it, but must not leave it.
containerd_pid=
if [ -s "$MANAGED_CONTAINERD_PID_FILE" ]; then
  candidate=$(cat "$MANAGED_CONTAINERD_PID_FILE")
  if is_process "$candidate" containerd \
      && [ "$(awk '{ print $4 }' "/proc/$candidate/stat" 2>/dev/null)" = "$dockerd_pid" ]; then
    containerd_pid=$candidate
  fi
fi

stop_process "$dockerd_pid" dockerd 30
[ -z "$containerd_pid" ] || stop_process "$containerd_pid" containerd 10
rm -f "$PID_FILE"

if is_process "$dockerd_pid" dockerd; then
  log "ERROR: dockerd $dockerd_pid is still running"
  exit 1
fi
log "dockerd stopped"
