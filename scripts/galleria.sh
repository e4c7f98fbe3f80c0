#!/usr/bin/env bash
# Regenerates the screenshot gallery in docs/screenshots (1280 px wide, 390 px for the phone view) from the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
dotnet build tests/Cremona.Dup.BrowserTests -c Release -nologo -v quiet
GALLERIA=1 dotnet test tests/Cremona.Dup.BrowserTests -c Release --no-build --filter "Category=Screenshots"
ls -l docs/screenshots
