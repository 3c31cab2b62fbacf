#!/usr/bin/env bash
# The project's test command (`npm test`): installs what is missing, builds, lints, tests.
# Safe on a brand-new machine: CI calls exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# The distributed-mode tests start their own throwaway redis-server (own port, no
# persistence); install it when the machine has none.
if ! command -v redis-server >/dev/null 2>&1; then
  echo "test: installing redis-server" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get install -y redis-server >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y redis-server >/dev/null; }
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
npm run build
npm run lint
npx vitest run "$@"
