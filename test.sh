#!/usr/bin/env bash
# Runs every test of Cremona.Dup (converter, unit, integration, browser), installing what is missing first.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "==> Test del convertitore del dataset (tools/seed)"
python3 -m unittest discover -s tools/seed -p 'test_*.py'

echo "==> Build"
dotnet build Cremona.Dup.sln -c Release -nologo -v quiet

echo "==> Formato del codice (dotnet format --verify-no-changes)"
dotnet format Cremona.Dup.sln --verify-no-changes --no-restore -v quiet

echo "==> Test .NET"
dotnet test Cremona.Dup.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@"
