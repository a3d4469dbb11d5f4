// The program as one bundle: `dist/bundle/main.js` (and a chunk per lazily loaded part), made
// from what tsc built in dist/src. Node 20 spends about half of a start resolving, reading and
// linking the ~1,500 files of the gateway and its dependencies; read as a few files it answers
// /health in about two thirds of the time (`npm run bench:ready`). Plain JavaScript: it runs
// right after tsc. `node scripts/bundle.mjs`
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = new URL('..', import.meta.url);
const out = fileURLToPath(new URL('dist/bundle/', root));

/**
 * Left to Node, loaded from node_modules when used: the native driver, and what only some
 * configurations load (the databases of audit and jobs, Redis, tracing's SDK, the emulators of
 * the sandbox), each of them loaded once and by the gateway alone, so one copy of each. graphql is
 * bundled with everything that uses it: one copy of its classes. `class-validator` is
 * type-graphql's optional peer, not installed.
 */
const EXTERNAL = [/^node:/, 'better-sqlite3', 'pg', 'kysely', 'ioredis', 'bullmq', /^@opentelemetry\//, '@bpm-gateway/sandbox', 'class-validator'];

// Written over, never emptied first: chunk names carry a hash of their content, so a gateway
// still running from an earlier bundle goes on finding the chunks it loads later.
await build({
  input: fileURLToPath(new URL('dist/src/main.js', root)),
  platform: 'node',
  external: EXTERNAL,
  logLevel: 'warn',
  output: {
    dir: out,
    format: 'esm',
    sourcemap: true,
  },
});
