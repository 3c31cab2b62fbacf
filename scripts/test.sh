#!/usr/bin/env bash
# The project's test command (`npm test`): installs what is missing, builds, lints, tests.
# Safe on a brand-new machine: CI calls exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
npm run build
npm run lint
npx vitest run "$@"
