#!/usr/bin/env bash
# Installs what the app host's local mode needs (PostgreSQL and RabbitMQ server packages) when no
# container runtime answers. Idempotent; sourced by run.sh and test.sh.
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1; }

if ! need dotnet; then
  echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux" >&2
  exit 1
fi

container_runtime_answers() {
  (need docker && timeout 5 docker info >/dev/null 2>&1) || (need podman && timeout 5 podman info >/dev/null 2>&1)
}

local_servers_present() {
  compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null && [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]
}

mode="${VANBINNENUIT_INFRA:-${VANBINNENUIT_TEST_INFRA:-auto}}"
if [ "$mode" = "existing" ] || { [ "$mode" = "auto" ] && container_runtime_answers; } || [ "$mode" = "containers" ]; then
  return 0 2>/dev/null || exit 0
fi

if ! local_servers_present; then
  if need apt-get; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      if need sudo; then sudo="sudo"; else
        echo "PostgreSQL and RabbitMQ are missing and installing them needs root: sudo apt-get install postgresql rabbitmq-server" >&2
        exit 1
      fi
    fi
    echo "Installing PostgreSQL and RabbitMQ from the OS packages (no container runtime answers)..."
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # The packages' own services are not used: the app host starts its own servers with their own data.
    $sudo apt-get install -y -qq postgresql rabbitmq-server >/dev/null
  else
    echo "PostgreSQL and RabbitMQ server packages are missing and this is no Debian/Ubuntu system." >&2
    echo "Install PostgreSQL 14+ and RabbitMQ 3.10+, or start a container runtime, or use VANBINNENUIT_INFRA=existing" >&2
    echo "with ConnectionStrings__<name> set for every database and the broker (see README.md)." >&2
    exit 1
  fi
fi
