#!/usr/bin/env bash
# Sets up a fresh clone (Debian's Chromium, the npm packages, Node from the `node` dev dependency) and runs the main job: the three PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: Chromium is missing; run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH" >&2
    exit 1
  fi
  echo "setup: installing Chromium (apt-get install -y chromium)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Playwright must not download a browser of its own: the deck uses the system Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
echo "setup: installing the npm packages, Node 24 among them (npm ci, a few minutes)"
# npm runs on the system's Node, often older than the packages ask for; they run on the project's
# Node 24, so npm's warnings about engines are expected. Errors still print.
if ! npm ci --no-audit --no-fund --loglevel=error; then
  echo "setup: npm ci failed: its errors are above; nothing was exported" >&2
  exit 1
fi

if ! node_version=$(node_modules/.bin/node --version 2>/dev/null); then
  echo "setup: npm ci did not install the project's Node 24 (no node_modules/.bin/node): the node package's install script did not run; see 'npm install-scripts ls'" >&2
  exit 1
fi
echo "setup: every npm run script runs on Node $node_version from the project's node package"

echo "setup: exporting the slides, handout and speaker script (npm run export)"
npm run export
