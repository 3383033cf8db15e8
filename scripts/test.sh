#!/usr/bin/env bash
# npm test: everything a fresh machine needs, then unit tests, a production build and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

need_debian_package() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian package $2 (needed for $1)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  else
    echo "Missing $1: run 'sudo apt-get install $2' (or set CHROMIUM_PATH for a browser elsewhere), then npm test again." >&2
    exit 1
  fi
}

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM_PATH" ] || { unset CHROMIUM_PATH; need_debian_package chromium chromium; export CHROMIUM_PATH=/usr/bin/chromium; }

need_debian_package xmllint libxml2-utils   # sitemap schema validation
need_debian_package java default-jre-headless # the Nu HTML Checker (vnu-jar)
need_debian_package redis-server redis-server # the shared-cache tests start their own on loopback

echo "== lint and format (Biome)"; npx biome check .
echo "== line length (no code line over 120 characters)"
too_long=$(git ls-files -z --cached --others --exclude-standard -- '*.ts' '*.tsx' '*.mjs' '*.js' ':!:package-lock*' |
  xargs -0 -r awk 'length > 120 {print FILENAME ":" FNR ": " length " characters"}')
if [ -n "$too_long" ]; then echo "$too_long"; echo "Wrap these lines to 120 characters or fewer." >&2; exit 1; fi
echo "== type check (app, lib, scripts, e2e, bench)"; npm run --silent typecheck
echo "== content check"; npm run --silent content:check
echo "== unit tests"; npx vitest run
echo "== production build"; node scripts/build-islands.mjs
PUBLISH_INTERVAL_SECONDS=5 LISTING_PAGE_SIZE=4 npx next build
node scripts/strip-framework-runtime.mjs
echo "== browser tests"; npx playwright test
