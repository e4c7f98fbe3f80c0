#!/usr/bin/env bash
# Installs what Cremona.Dup needs and is missing; fast when everything is already there.
# Sourced by run.sh and test.sh. Runs as root on a fresh Debian machine (uses sudo otherwise).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$repo_root/src/Cremona.Dup.Web"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: Chromium (PDF rendering and browser tests), fonts, poppler (reading PDFs in tests).
apt_packages=(chromium fonts-dejavu-core fonts-liberation poppler-utils)
missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> apt-get install ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "Manca il .NET SDK 10 (comando dotnet): installarlo e riprovare." >&2; exit 1; }
command -v npm >/dev/null || { echo "Manca Node.js/npm: installarlo e riprovare." >&2; exit 1; }

# npm packages (Bootstrap Italia, chart.js, axe-core), exactly as locked; skipped when already installed.
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    echo "==> npm ci"
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi

# dotnet local tools (dotnet-ef).
(cd "$repo_root" && dotnet tool restore >/dev/null)
