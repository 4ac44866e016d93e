#!/usr/bin/env bash
# Playwright cannot download its own browsers here: use Debian's chromium, and
# install it when it is missing (root only; otherwise say what to do).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "ensure-chromium: installing Debian's chromium…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
else
  echo "ensure-chromium: /usr/bin/chromium is missing; run: sudo apt-get install -y chromium" >&2
  exit 1
fi
