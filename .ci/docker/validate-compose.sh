#!/usr/bin/env bash
# Checks a compose file without a Docker engine: the file must parse and validate against the
# compose schema, and every service named on the command line must be defined in it.
#
# Usage: .ci/docker/validate-compose.sh FILE SERVICE...
#   e.g. .ci/docker/validate-compose.sh docker-compose.yml postgres mailpit app
# Needs Debian's docker-compose (1.29, installed by start-engine.sh or `apt-get install docker-compose`);
# set DOCKER_COMPOSE to use another binary.
#
# Variables the file interpolates (${VAR}) but the environment lacks are reported as warnings and
# replaced by empty strings, as docker-compose does; they do not fail the check.
set -euo pipefail

die() { printf 'validate-compose: ERROR: %s\n' "$*" >&2; exit 1; }

[ "$#" -ge 2 ] || die "usage: $0 FILE SERVICE..."
file="$1"; shift
[ -f "$file" ] || die "no such file: $file"

# Prefer Debian's package explicitly: other docker-compose entries on PATH (pyenv shims, v2 wrappers)
# behave differently.
compose="${DOCKER_COMPOSE:-}"
if [ -z "$compose" ]; then
  if [ -x /usr/bin/docker-compose ]; then
    compose=/usr/bin/docker-compose
  elif command -v docker-compose >/dev/null; then
    compose=$(command -v docker-compose)
  else
    die "docker-compose not found (apt-get install --no-install-recommends docker-compose)"
  fi
fi

# `config` resolves and validates the whole file; -q prints only the problems.
if ! errors=$("$compose" -f "$file" config -q 2>&1); then
  printf '%s\n' "$errors" >&2
  die "$file is not a valid compose file (see above)"
fi
[ -z "$errors" ] || printf '%s\n' "$errors" >&2   # warnings, e.g. unset variables

services=$("$compose" -f "$file" config --services 2>/dev/null)
missing=()
for s in "$@"; do
  grep -qxF -- "$s" <<<"$services" || missing+=("$s")
done
if [ "${#missing[@]}" -gt 0 ]; then
  die "$file lacks service(s): ${missing[*]} (it defines: $(echo "$services" | tr '\n' ' '))"
fi
echo "validate-compose: $file OK; services present: $*"
