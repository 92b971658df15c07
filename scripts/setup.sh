#!/usr/bin/env bash
# Set-up on a fresh machine: system packages (Debian's Chromium for the PDFs, poppler for
# reading them back in tests), the npm packages, then the main job: out/ for every municipality.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  else
    echo "Installér selv: ${missing[*]} (eller sæt PUPPETEER_EXECUTABLE_PATH til en Chrome/Chromium)." >&2
  fi
fi

npm ci --no-audit --no-fund
npm run build
