#!/usr/bin/env bash
# Starts the whole system: infrastructure, the four services, the web frontend and the gateway, with the Aspire dashboard.
#   ./run.sh                  auto-detect: containers when a runtime answers, local servers otherwise
#   ./run.sh --infra local    force a mode (containers | local | existing)
#   ./run.sh --replicas 2     every service, the web and the gateway twice, as a deployment runs them
set -euo pipefail
cd "$(dirname "$0")"
for arg in "$@"; do
  case "$arg" in local|containers|existing) export VANBINNENUIT_INFRA="$arg" ;; --infra=*) export VANBINNENUIT_INFRA="${arg#--infra=}" ;; esac
done
source scripts/prerequisites.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Release builds, as deployed; the app host runs each process in its own configuration.
dotnet build VanBinnenuit.AppHost -c Release -nologo -v quiet

GATEWAY_PORT="${GATEWAY_PORT:-5080}"
echo
echo "Web:       http://localhost:${GATEWAY_PORT}/   (the Dutch web application; sign in with a demo account below)"
echo "APIs:      http://localhost:${GATEWAY_PORT}/api   (every call wants a token: see the first API call below)"
echo "Dashboard: http://localhost:18888   (the login URL with its token follows below)"
echo
echo "Demo accounts (Development only), password Demo-wachtwoord-2026:"
echo "  coordinator@, adviseur@, gespreksleider@, ambtenaar.amsterdam@ (GM0363), ambtenaar.rotterdam@ (GM0599), beheerder@ ...demo.vanbinnenuit.nl"
echo "A first API call, as a municipality's system (client credentials, then the token):"
echo "  TOKEN=\$(curl -s -d grant_type=client_credentials -d client_id=demo-gm0363-system -d client_secret=demo-secret-gm0363 -d scope=api http://localhost:${GATEWAY_PORT}/connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')"
echo "  curl -H \"Authorization: Bearer \$TOKEN\" 'http://localhost:${GATEWAY_PORT}/api/registry/v1/communities?name=Syrisch'"
echo "The demo programme fills the system once everything is ready (resource demo-programme); ./run.sh --no-demo starts empty."
echo
exec dotnet run --project VanBinnenuit.AppHost -c Release --no-build --launch-profile http -- \
  --Gateway:Port="$GATEWAY_PORT" \
  --Infrastructure:Postgres:Port="${POSTGRES_PORT:-15432}" \
  --Infrastructure:RabbitMq:Port="${RABBITMQ_PORT:-15682}" \
  --Infrastructure:RabbitMq:ManagementPort="${RABBITMQ_MANAGEMENT_PORT:-15683}" \
  --Infrastructure:RabbitMq:DistributionPort="${RABBITMQ_DISTRIBUTION_PORT:-35682}" \
  "$@"
