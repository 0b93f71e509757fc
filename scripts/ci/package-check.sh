#!/usr/bin/env bash
# The command line as a user gets it: pack the package, install the tarball into an empty
# prefix with its runtime dependencies only (no dev dependencies, no clone, no build), and
# run the installed `htsd` on a small inbox. Run by .ci/run; `npm run check:package` locally.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/htsd-package-XXXXXX")
# A failed pack must not leave prepack's npm-shrinkwrap.json in the checkout (npm ci would read it).
trap 'cd "$root"; rm -rf "$work"; node scripts/pack/shrinkwrap.js --remove' EXIT

# `prepack` builds dist/cli/ first.
npm pack --silent --pack-destination "$work" >/dev/null
tarball=$(ls "$work"/htsd-*.tgz)

# The tarball holds the launcher, the built CLI and package.json: no sources, no tests.
unexpected=$(tar -tzf "$tarball" | grep -vE '^package/(package\.json|npm-shrinkwrap\.json|README\.md|LICENSE|bin/htsd\.js|dist/cli/[^/]+)$' || true)
if [ -n "$unexpected" ]; then
  echo "package-check: unexpected files in $tarball:" >&2
  echo "$unexpected" >&2
  exit 1
fi

# The tarball's npm-shrinkwrap.json pins every runtime package, and npm ci has put them all in
# npm's cache: the install needs no network. Where the cache lacks some (a pruned local cache),
# the registry is asked for what is missing.
tar -xzOf "$tarball" package/npm-shrinkwrap.json >/dev/null
install() { npm install --global --prefix "$work/prefix" --omit=dev --no-audit --no-fund --loglevel=error "$@" "$tarball" >/dev/null; }
if ! install --offline 2>/dev/null; then
  echo "package-check: not everything is in npm's cache; asking the registry for the rest" >&2
  install --prefer-offline
fi
htsd="$work/prefix/bin/htsd"
# Only the runtime dependencies came along: none of the build's or the task pane's.
for dev in webpack typescript react @fluentui jest; do
  if [ -e "$work/prefix/lib/node_modules/htsd-tong-hop/node_modules/$dev" ]; then
    echo "package-check: dev dependency $dev was installed" >&2
    exit 1
  fi
done

expected_version=$(node -p 'require("./package.json").version')
[ "$("$htsd" --version)" = "$expected_version" ] || { echo "package-check: htsd --version is not $expected_version" >&2; exit 1; }

cd "$work"
"$htsd" template --year 2025 --unit "Trường THCS Kim Đồng" --out mau.xlsx
"$htsd" generate --count 5 --year 2025 --out nhan >/dev/null
# A quoted pattern: expanded by htsd itself, as on Windows.
"$htsd" consolidate 'nhan/*.xlsx' --out tong-hop.xlsx --json >tong-hop.json
node -e '
  const r = require("./tong-hop.json"), e = require("./nhan/expected-totals.json");
  if (r.accepted.length !== e.units) { console.error(`package-check: ${r.accepted.length} of ${e.units} files consolidated`); process.exit(1); }
  // The generator wrote down what it typed: every figure it typed is in the summary.
  for (const [code, measures] of Object.entries(e.rows))
    for (const [m, v] of Object.entries(measures))
      if (r.rows[code]?.[m] !== v) { console.error(`package-check: row ${code} ${m}: ${r.rows[code]?.[m]}, expected ${v}`); process.exit(1); }
'
[ -s tong-hop.xlsx ] && [ -s mau.xlsx ]
echo "package-check: $(basename "$tarball") installs without dev dependencies; htsd $expected_version made a form and consolidated 5 files."
