#!/usr/bin/env bash
# Cremona.Dup quick start: installs what is missing, builds, and starts the app on http://localhost:5080
# with SQLite and the Cremona 2019 demo data. Extra arguments go to the app (e.g. --urls http://0.0.0.0:8080).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Demo__Enabled="${Demo__Enabled:-true}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1

urls=()
if [ -z "${ASPNETCORE_URLS:-}" ] && [[ " $* " != *" --urls"* ]]; then
    urls=(--urls "http://localhost:5080")
fi

dotnet build src/Cremona.Dup.Web -c Release -nologo -v quiet
cd src/Cremona.Dup.Web
echo "==> Cremona.Dup: ${ASPNETCORE_URLS:-http://localhost:5080} (utenti demo nel README)"
exec dotnet run -c Release --no-build --no-launch-profile -- "${urls[@]}" "$@"
