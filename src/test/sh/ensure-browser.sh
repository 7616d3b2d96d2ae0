#!/usr/bin/env bash
# Makes sure Debian's chromium and chromium-driver are installed for the browser tests.
# Installs them with apt-get when they are missing and we are root; never downloads a browser any other way.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Browser tests need Debian's chromium and chromium-driver: run 'sudo apt-get install chromium chromium-driver'." >&2
  exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
