import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { AuditLocation } from '../../src/audit/audit-database.js';

/**
 * The audit tests run against both databases the gateway supports. SQLite needs nothing; the
 * PostgreSQL half needs POSTGRES_URL (a server that lets the test create databases: .ci/run
 * points it at the machine's 127.0.0.1:5432). In CI a missing POSTGRES_URL is an error, not a skip.
 */
export const POSTGRES_URL = process.env.POSTGRES_URL;
if (!POSTGRES_URL && process.env.CI) throw new Error('POSTGRES_URL is not set: .ci/run sets it for the PostgreSQL audit tests');

/** A fresh, empty database of each kind, and a way to throw it away. */
export interface ScratchDatabase { kind: 'SQLite' | 'PostgreSQL'; location: AuditLocation; drop(): Promise<void> }

export function scratchSqlite(): ScratchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'bpm-audit-'));
  return { kind: 'SQLite', location: { sqlitePath: join(dir, 'audit.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function scratchPostgres(): Promise<ScratchDatabase> {
  const name = `bpm_audit_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL!);
  url.pathname = `/${name}`;
  return {
    kind: 'PostgreSQL',
    location: { postgresUrl: url.href },
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The kinds this run can test: SQLite always, PostgreSQL where POSTGRES_URL is set. */
export const DATABASE_KINDS: ('SQLite' | 'PostgreSQL')[] = POSTGRES_URL ? ['SQLite', 'PostgreSQL'] : ['SQLite'];
export const scratch = (kind: 'SQLite' | 'PostgreSQL'): Promise<ScratchDatabase> => (kind === 'SQLite' ? Promise.resolve(scratchSqlite()) : scratchPostgres());
