#!/usr/bin/env bash
# The full fault run (README, "Faults survived, counted"): builds Release and runs the harness, which starts
# the whole system and sends a steady mixed workload through the gateway while it kills RabbitMQ (twice),
# PostgreSQL and a service, sends a poison message and cuts the broker's network for 10 s.
# Arguments go to the harness: --rate N (commands per second, default 100), --minutes M (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
# The network cut drops the broker's packets with nftables: root only, like the servers' service users.
if ! command -v nft >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "Installing nftables from the OS packages (the harness cuts the broker's network with it)..."
  apt_install nftables
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/VanBinnenuit.Faults -c Release -nologo -v quiet
exec dotnet run --project tests/VanBinnenuit.Faults -c Release --no-build -- "$@"
