#!/usr/bin/env bash
# Launches the installed Steppe (from the .deb) under Xvfb with a fresh data folder, waits for its
# window to be shown, saves a screenshot, and stops it. Fails if no window is shown.
set -euo pipefail

binary=${1:-/usr/bin/steppe-app}
out=${2:-target/package}
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# Without compositing, WebKit paints under Xvfb, so the screenshot shows the page.
WEBKIT_DISABLE_COMPOSITING_MODE=1 STEPPE_DATA_DIR="$data" OUT="$out" BINARY="$binary" xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
  "$BINARY" >"$OUT/app.log" 2>&1 &
  app=$!
  found=""
  for _ in $(seq 1 120); do
    # The window is made hidden and shown once its page has loaded: wait for it to be on screen.
    for id in $(xwininfo -root -tree | grep "\"Steppe\"" | awk "{print \$1}"); do
      if xwininfo -id "$id" | grep -q "Map State: IsViewable"; then found=yes; fi
    done
    [ -n "$found" ] && break
    if ! kill -0 "$app" 2>/dev/null; then break; fi
    sleep 0.5
  done
  [ -n "$found" ] && sleep 6 && import -window root "$OUT/installed-window.png" || true
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ -z "$found" ]; then echo "no Steppe window was shown; app log:"; cat "$OUT/app.log"; exit 1; fi
  xwininfo_line="window \"Steppe\" shown"
  echo "$xwininfo_line; screenshot in $OUT/installed-window.png"
'
if [ ! -f "$data/steppe.sqlite" ]; then
  echo "the installed app did not create its database in STEPPE_DATA_DIR"
  exit 1
fi
echo "the installed app opened its database in STEPPE_DATA_DIR"
