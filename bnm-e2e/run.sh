#!/usr/bin/env bash
# BNM portal - the real-browser suite (Playwright on Debian's chromium, axe-core).
# Builds nothing: the Maven build (./bnm build or ./bnm test) has run before.
# Starts the portal in demo mode with a fresh BNM_HOME under bnm-e2e/target on a free loopback port, waits until it
# is ready, runs `node --test`, always stops the portal, and exits with the tests' status.
# Screenshots, the portal's log and its BNM_HOME stay under bnm-e2e/target (CI artefacts).
#   BNM_E2E_CHROMIUM   the browser (default /usr/bin/chromium)
#   extra arguments    passed to node --test (e.g. tests/journey1.test.mjs)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TARGET="$HERE/target"
HOME_DIR="$TARGET/bnm-home"
LOG="$TARGET/portal.log"

die() { echo "bnm-e2e: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "Node.js 20+ est requis (node introuvable)."
[ -x "${BNM_E2E_CHROMIUM:-/usr/bin/chromium}" ] || die "chromium introuvable : apt-get install chromium"
[ -d "$HERE/node_modules/playwright-core" ] && [ -d "$HERE/node_modules/axe-core" ] \
  || (cd "$HERE" && npm ci --no-audit --no-fund)

rm -rf "$TARGET"
mkdir -p "$TARGET/screenshots"
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')"
BASE="http://127.0.0.1:$PORT"

PORTAL_PID=""
stop_portal() {
  [ -n "$PORTAL_PID" ] || return 0
  if kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 90); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=""
}
trap stop_portal EXIT
trap 'exit 130' INT TERM

echo "bnm-e2e: portail sur $BASE (données : $HOME_DIR, journal : $LOG)"
BNM_SKIP_BUILD=1 BNM_HOME="$HOME_DIR" BNM_PORT="$PORT" BNM_HOST=127.0.0.1 BNM_DEMO=1 \
  "$ROOT/bnm" run >"$LOG" 2>&1 &
PORTAL_PID=$!

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" || true; }
started=$(date +%s)
ready_since=0
while :; do
  kill -0 "$PORTAL_PID" 2>/dev/null || { tail -20 "$LOG" >&2; die "le portail s'est arrêté (voir $LOG)"; }
  now=$(date +%s)
  [ $((now - started)) -lt 240 ] || die "portail pas prêt après 240 s (voir $LOG)"
  if [ "$(status "$BASE/content/bnm.html")" = 200 ] \
     && [ "$(status -u agent.demo:bnm-demo-2022 "$BASE/bnm/api/v1/me")" = 200 ] \
     && [ "$(status -u agent.demo:bnm-demo-2022 "$BASE/var/bnm/campaigns/ami-bnm-2022.json")" = 200 ] \
     && [ "$(status -u agent.demo:bnm-demo-2022 "$BASE/var/bnm/tenants/ville-demo.json")" = 200 ]; then
    # Sling re-registers services for a few seconds after it first answers: ready once it held for 4 s
    [ "$ready_since" != 0 ] || ready_since=$now
    [ $((now - ready_since)) -lt 4 ] || break
  else
    ready_since=0
  fi
  sleep 0.5
done
echo "bnm-e2e: portail prêt en $(( $(date +%s) - started )) s"

code=0
(cd "$HERE" && { [ $# -gt 0 ] || set -- tests/*.test.mjs; } \
  && BNM_E2E_BASE="$BASE" BNM_E2E_TARGET="$TARGET" node --test --test-concurrency=1 --test-timeout=180000 "$@") \
  || code=$?
echo "bnm-e2e: suite terminée en $(( $(date +%s) - started )) s (portail compris)"
exit "$code"
