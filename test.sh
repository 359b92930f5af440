#!/usr/bin/env bash
# Runs every test against real PostgreSQL and RabbitMQ; ends with one line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
source scripts/browser.sh
# Spectral, for the API design rules over every service's OpenAPI document (ApiDesignRulesTests).
if [ ! -x tools/api-rules/node_modules/.bin/spectral ]; then
  npm ci --prefix tools/api-rules --no-audit --no-fund --loglevel=error
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Kiota, for the clients a municipality's developer would generate from the documents (GeneratedClientTests).
dotnet tool restore >/dev/null
dotnet build VanBinnenuit.sln -nologo -v quiet

results=TestResults
rm -rf "$results"
status=0
for project in tests/*.Tests; do
  name=$(basename "$project")
  echo "== $name"
  dotnet test "$project" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  attr() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(attr passed)))
  failed=$((failed + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
  skipped=$((skipped + $(attr notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # a test host crashed before it could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
