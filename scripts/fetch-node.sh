#!/bin/sh
# Prints the path of a Node <major> binary, fetching it from the npm registry the first time
# (node-linux-<arch>, the package the `node` npm package installs) into NODE_HOME_BASE.
# Usage: scripts/fetch-node.sh 24
set -eu
MAJOR=${1:?usage: fetch-node.sh <major>}
ARCH=$(node -p process.arch)
DIR=${NODE_HOME_BASE:-${XDG_CACHE_HOME:-$HOME/.cache}/atlas}/node-$MAJOR-linux-$ARCH
if [ ! -x "$DIR/bin/node" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  echo "fetching node-linux-$ARCH@$MAJOR from $(npm config get registry)" >&2
  tarball=$(npm pack "node-linux-$ARCH@$MAJOR" --pack-destination "$scratch" --silent | tail -1)
  rm -rf "$DIR.partial" && mkdir -p "$DIR.partial"
  tar -xzf "$scratch/$tarball" -C "$DIR.partial" --strip-components=1
  rm -rf "$DIR" && mv "$DIR.partial" "$DIR"
fi
case "$("$DIR/bin/node" -p process.versions.node)" in "$MAJOR".*) ;; *) echo "$DIR/bin/node is not Node $MAJOR" >&2; exit 1;; esac
echo "$DIR/bin/node"
