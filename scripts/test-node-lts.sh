#!/bin/sh
# Builds and runs the test suite under the current Node LTS (24 unless NODE_LTS_MAJOR says
# otherwise), beside the Node on PATH; the binary comes from the npm registry (scripts/fetch-node.sh).
# Extra arguments go to jest, e.g. `scripts/test-node-lts.sh test/auth.e2e-spec.ts`.
set -eu
cd "$(dirname "$0")/.."
NODE_BIN=$(sh scripts/fetch-node.sh "${NODE_LTS_MAJOR:-24}")
export PATH="$(dirname "$NODE_BIN"):$PATH"
echo "Node $(node -v) (LTS: $(node -p 'process.release.lts || "none"')), npm $(npm -v)"

npm run build
node -e 'require("@node-rs/argon2").hashSync("check"); console.log("argon2 binding loads")'
npx jest --config jest.config.ts "$@"
