#!/bin/sh
# Builds a local equivalent of docker.io/library/node:<major>-bookworm-slim for machines that cannot
# reach a container registry: Debian bookworm (debootstrap, from the apt mirror the machine already
# uses) plus a Node binary and this machine's npm, the `node` user (uid 1000) and the official
# entrypoint's behaviour. `podman build --format docker .` then builds the Dockerfile unchanged.
# Needs root, podman, debootstrap.
#
#   NODE=/path/to/bin/node  the Node binary to put in the image (default: the one on PATH)
#   TAG=...                 default docker.io/library/node:<major of NODE>-bookworm-slim
#   ROOTFS=...              scratch folder for the root file system (removed first)
set -eu
NODE=${NODE:-$(command -v node)}
NODE=$(readlink -f "$NODE")
VERSION=$("$NODE" -p 'process.versions.node')
TAG=${TAG:-docker.io/library/node:${VERSION%%.*}-bookworm-slim}
ROOTFS=${ROOTFS:-/tmp/atlas-node-base-rootfs}
HOST_NODE=$(readlink -f "$(command -v node)")
NPM_DIR=$(dirname "$(dirname "$HOST_NODE")")/lib/node_modules/npm
[ -d "$NPM_DIR" ] || { echo "npm not found beside $HOST_NODE" >&2; exit 1; }
MIRROR=${MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)}
[ -n "$MIRROR" ] || MIRROR=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)

echo "building $TAG from Debian bookworm ($MIRROR), Node $VERSION and npm $(node "$NPM_DIR/bin/npm-cli.js" -v)"
rm -rf "$ROOTFS"
debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >/dev/null
# The machine's local CA certificates (a TLS-intercepting proxy's, say), so npm inside a build trusts
# what the host trusts. The official image needs none of this.
mkdir -p "$ROOTFS/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$ROOTFS/usr/local/share/ca-certificates/" 2>/dev/null || true
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
chroot "$ROOTFS" /bin/sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates >/dev/null && apt-get clean && rm -rf /var/lib/apt/lists/*'
install -m 0755 "$NODE" "$ROOTFS/usr/local/bin/node"
mkdir -p "$ROOTFS/usr/local/lib/node_modules" "$ROOTFS/usr/local/etc"
cp -a "$NPM_DIR" "$ROOTFS/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$ROOTFS/usr/local/bin/npx"
chroot "$ROOTFS" /bin/sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
printf 'registry=%s\ncafile=/etc/ssl/certs/ca-certificates.crt\n' "$(npm config get registry)" > "$ROOTFS/usr/local/etc/npmrc"
cat > "$ROOTFS/usr/local/bin/docker-entrypoint.sh" <<'EOS'
#!/bin/sh
set -e
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi
exec "$@"
EOS
chmod 0755 "$ROOTFS/usr/local/bin/docker-entrypoint.sh"
rm -f "$ROOTFS/etc/resolv.conf"
rm -rf "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* "$ROOTFS"/var/cache/apt/*.bin \
  "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/log/*.log
find "$ROOTFS/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
tar -C "$ROOTFS" -c . | podman import --quiet \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV NODE_VERSION=$VERSION" \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  --change 'CMD ["node"]' - "$TAG" >/dev/null
rm -rf "$ROOTFS"
echo "built $TAG"
