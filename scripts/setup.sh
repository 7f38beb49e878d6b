#!/usr/bin/env bash
# Sets up a fresh clone (Debian's Chromium, the npm packages, Node from the `node` dev dependency) and runs the main job: the three PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: Chromium is missing; run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH" >&2
    exit 1
  fi
  echo "+ apt-get install -y chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Playwright must not download a browser of its own: the deck uses the system Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
echo "+ npm ci"
npm ci --no-audit --no-fund

echo "+ npm run export"
npm run export
