// Preloaded with `node --import`: records the URL of every ES module the process loads, one a
// line, in the file RECORD_IMPORTS_FILE names (the hooks run on a thread of their own).
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url, { data: { file: process.env.RECORD_IMPORTS_FILE } });
