// `npm start`: build (tsc, then the bundle) only when a source is newer than the last build (a
// fresh checkout, or an edit), then run the bundled gateway in this very process, so that
// signals reach it and nothing is compiled on a start where nothing changed. Plain JavaScript: it runs before anything is built.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist/tsconfig.build.tsbuildinfo');
const INPUTS = ['src', 'scripts', 'bench', 'client', 'packages/sandbox/src', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.build.json', 'packages/sandbox/tsconfig.json', 'package-lock.json'];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time under a file or folder (0 when absent). */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const built = mtime(stamp) ?? 0;
const bundle = join(root, 'dist/bundle/main.js');
// The bundle is checked against what tsc wrote too (a tsc run of its own moves the stamp); a
// missing bundle has no time, so it is made.
if (INPUTS.some((input) => newest(join(root, input)) > built) || newest(join(root, 'dist/src')) > (mtime(bundle) ?? 0)) {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { stdio: 'inherit' });
  // tsc leaves its build info alone when no output changed; the stamp says "checked now" either way.
  const now = new Date();
  utimesSync(stamp, now, now);
}
await import('../dist/bundle/main.js');
