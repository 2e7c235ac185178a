#!/usr/bin/env bash
# Installs Debian's Chromium and its driver for the browser test of package
# http (TestBrowser, which fails under CI=true when /usr/bin/chromium is
# missing). Does nothing when they are already there.
set -euo pipefail
if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null 2>&1; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
