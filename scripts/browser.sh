#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright drives it; no browser is downloaded).
# Sourced by test.sh after prerequisites.sh.
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
  if need apt-get; then
    echo "Installing Chromium from the OS packages (the browser tests drive it)..."
    apt_install chromium
  else
    echo "The browser tests need Chromium at /usr/bin/chromium." >&2
    exit 1
  fi
fi
