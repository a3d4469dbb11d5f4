// type-graphql reads decorator metadata through the Reflect API.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// The audit trail is on by default, in a SQLite file under dataDir. Each test file gets a data
// directory of its own (gateways it spawns inherit it), so that no test reads another's entries
// and nothing lands in the checkout's ./data.
const dataDir = mkdtempSync(join(tmpdir(), 'bpm-gateway-data-'));
process.env.BPM_GATEWAY_DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
