#!/usr/bin/env bash
# The project on Node.js 22 LTS, beside the Node 20 install the rest of CI uses (Node 20 reached its
# end of life in April 2026). Node 22 comes from its npm package node-<platform>-<arch>, which ships
# the binary and its headers. A clone of the checkout's HEAD gets its own node_modules, with the
# native modules (better-sqlite3, argon2) compiled for Node 22's ABI; there it
#   1. installs with no EBADENGINE warning (no dependency refuses Node 22),
#   2. runs `npm test` on SQLite (PostgreSQL stays with the Node 20 steps of .ci/run),
#   3. starts the built API and waits for /api/health/ready.
# The checkout and its node_modules are not touched; uncommitted changes are not part of the clone.
# NODE22_VERSION (default 22) picks the version, e.g. NODE22_VERSION=22.13.0 for the oldest supported.
#
# Phases: `node22.sh` runs all of it. `.ci/run` splits it so the install (mostly downloads and compiling
# better-sqlite3) runs in the background beside the Node 20 install and lint:
#   NODE22_WORK=<empty dir> node22.sh prepare   runtime, clone and install (step 1); keeps NODE22_WORK
#   NODE22_WORK=<same dir>  node22.sh test      steps 2 and 3, then removes NODE22_WORK
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NEXT_TELEMETRY_DISABLED=1
# Every task runs here under Node 22, none is restored from an Nx cache.
export NX_SKIP_NX_CACHE=true
unset TEST_DATABASE_URL DATABASE_URL
phase="${1:-all}"
case "$phase" in
  all | prepare | test) ;;
  *) echo "usage: node22.sh [prepare|test]" >&2; exit 2 ;;
esac
if [ "$phase" = all ]; then work="$(mktemp -d "${TMPDIR:-/tmp}/wir-node22.XXXXXX")"; else work="${NODE22_WORK:?set NODE22_WORK to the directory of both phases}"; fi
api_pid=""
cleanup() {
  local status=$?
  if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null || true; fi
  # A prepared clone stays for the test phase; anything else (or a failure) leaves nothing behind.
  if [ "$phase" != prepare ] || [ "$status" -ne 0 ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

pkg="node-$(node -p process.platform)-$(node -p process.arch)"
node22_home="$work/runtime/node_modules/$pkg"
if [ "$phase" != test ]; then
  npm install --prefix "$work/runtime" --no-save --no-audit --no-fund --loglevel=error "$pkg@${NODE22_VERSION:-22}"
fi
export PATH="$node22_home/bin:$PATH"
# node-gyp must compile against Node 22's headers, not a machine-wide nodedir (here: /usr, Node 20).
export npm_config_nodedir="$node22_home"
case "$(node -v)" in
  v22.*) echo "Node $(node -v), npm $(npm -v)" ;;
  *) echo "expected Node 22 on PATH, found $(node -v)" >&2; exit 1 ;;
esac

if [ "$phase" != test ]; then
  git clone --quiet "$root" "$work/repo"
  cd "$work/repo"
  npm install --no-audit --no-fund 2>&1 | tee "$work/install.log"
  if grep -q EBADENGINE "$work/install.log"; then
    echo "a dependency declares Node $(node -v) unsupported (EBADENGINE above)" >&2
    exit 1
  fi
  if [ "$phase" = prepare ]; then exit 0; fi
fi

cd "$work/repo"
npm test

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
NODE_ENV=production HOST=127.0.0.1 PORT="$port" DATA_DIR="$work/data" \
  ADMIN_EMAIL=admin@node22.test ADMIN_PASSWORD=node22-smoke-password \
  node apps/api/dist/main.js >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/api/health/ready" >/dev/null 2>&1; then
    echo "API on Node $(node -v) answers /api/health/ready"
    exit 0
  fi
  if ! kill -0 "$api_pid" 2>/dev/null; then break; fi
  sleep 1
done
echo "API did not become ready on Node $(node -v):" >&2
cat "$work/api.log" >&2
exit 1
