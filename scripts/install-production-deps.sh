#!/bin/sh
# Installs the production dependencies of the image into ./node_modules (run in the image build):
# no install script of any dependency runs, and what production never loads is left out.
set -eu

# --foreground-scripts would print every install script that runs ("> package@version postinstall");
# with --ignore-scripts there are none. The native packages production needs (the argon2 binding)
# are prebuilt optional packages that need no script.
npm ci --omit=dev --ignore-scripts --foreground-scripts --no-audit --no-fund --no-update-notifier
node -e '
const lock = require("./package-lock.json").packages;
for (const [path, entry] of Object.entries(lock)) {
  if (entry.hasInstallScript && require("fs").existsSync(path)) {
    console.log(`install script not run: ${path.slice("node_modules/".length)}@${entry.version}`);
  }
}'

# typescript and ts-node stay under --omit=dev because typeorm names ts-node as an optional peer:
# the lock file marks such packages devOptional (needed by the development tree, optional to the
# production one). Production never loads them.
node -e '
const { existsSync, rmSync } = require("fs");
const lock = require("./package-lock.json").packages;
for (const [path, entry] of Object.entries(lock)) {
  if (entry.devOptional && existsSync(path)) {
    rmSync(path, { recursive: true });
    console.log(`removed (production reaches it only as an optional peer): ${path.slice("node_modules/".length)}@${entry.version}`);
  }
}'
rm -rf node_modules/.bin node_modules/.package-lock.json
find node_modules -name '*.map' -type f -delete

node -e 'require("@node-rs/argon2").hashSync("check"); console.log("argon2 binding loads")'
for unwanted in typescript ts-node embedded-postgres; do
  if node -e "require.resolve('$unwanted/package.json')" 2>/dev/null; then echo "$unwanted is installed" >&2; exit 1; fi
done
echo "production dependencies: $(du -sh node_modules | cut -f1)"
