#!/usr/bin/env bash
# Installs what the app host's local mode needs (PostgreSQL and RabbitMQ server packages) when no
# container runtime answers. Idempotent; sourced by run.sh and test.sh.
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1; }

if ! need dotnet; then
  echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux" >&2
  exit 1
fi

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if need sudo; then sudo="sudo"; else
      echo "Installing $* needs root: sudo apt-get install $*" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "$@" >/dev/null
}

# The web frontend's build installs the NL Design System's CSS packages with npm.
if ! need npm; then
  if need apt-get; then
    echo "Installing Node.js and npm from the OS packages (the web frontend's build needs them)..."
    apt_install nodejs npm
  else
    echo "npm is required to build the web frontend: install Node.js 20 or later." >&2
    exit 1
  fi
fi

# kubectl renders the Kubernetes manifests in the tests (kubectl kustomize); no cluster is needed.
# Debian's kubernetes-client is enough where the kubectl package is not served.
if ! need kubectl && need apt-get; then
  echo "Installing kubectl from the OS packages (the deployment tests render the manifests with it)..."
  apt_install kubectl 2>/dev/null || apt_install kubernetes-client
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
    echo "Installing PostgreSQL and RabbitMQ from the OS packages (no container runtime answers)..."
    # The packages' own services are not used: the app host starts its own servers with their own data.
    apt_install postgresql rabbitmq-server
  else
    echo "PostgreSQL and RabbitMQ server packages are missing and this is no Debian/Ubuntu system." >&2
    echo "Install PostgreSQL 14+ and RabbitMQ 3.10+, or start a container runtime, or use VANBINNENUIT_INFRA=existing" >&2
    echo "with ConnectionStrings__<name> set for every database and the broker (see README.md)." >&2
    exit 1
  fi
fi
