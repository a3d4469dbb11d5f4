import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Caller } from '../core/access-policy.js';
import { itemKeys, tally, type ChunkState, type ItemResult, type JobKind, type JobPlan, type JobRecord, type JobStatus } from './bulk-job.js';
import { ownerGone } from './job-owner.js';
import type { JobStore } from './job-store.js';

/** The schema, one step per version; `PRAGMA user_version` says how many have run. */
const MIGRATIONS = [
  `CREATE TABLE jobs (
     id TEXT PRIMARY KEY, kind TEXT NOT NULL, backend TEXT NOT NULL, status TEXT NOT NULL,
     total INTEGER NOT NULL, processed INTEGER NOT NULL DEFAULT 0, succeeded INTEGER NOT NULL DEFAULT 0,
     failed INTEGER NOT NULL DEFAULT 0, unknown INTEGER NOT NULL DEFAULT 0,
     created_by TEXT, created_at INTEGER NOT NULL, finished_at INTEGER, cancel_requested INTEGER NOT NULL DEFAULT 0,
     chunk_size INTEGER NOT NULL, plan TEXT NOT NULL
   );
   CREATE INDEX jobs_unfinished ON jobs (status) WHERE status IN ('QUEUED', 'RUNNING');
   CREATE TABLE job_chunks (
     job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
     state TEXT NOT NULL, results TEXT, PRIMARY KEY (job_id, idx)
   ) WITHOUT ROWID;`,
  `ALTER TABLE jobs ADD COLUMN owner TEXT; ALTER TABLE jobs ADD COLUMN lease_until INTEGER;`,
];

interface JobRow {
  id: string; kind: string; backend: string; status: string; total: number; processed: number; succeeded: number; failed: number; unknown: number;
  created_by: string | null; created_at: number; finished_at: number | null; cancel_requested: number; chunk_size: number;
}
const RECORD_COLUMNS = 'id, kind, backend, status, total, processed, succeeded, failed, unknown, created_by, created_at, finished_at, cancel_requested, chunk_size';

/**
 * Jobs in a SQLite file of their own under dataDir, for a gateway without Redis: they survive a
 * restart of that gateway, which resumes them. WAL, so reads (job, jobs) never wait for a write.
 */
export class SqliteJobStore implements JobStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    for (const pragma of ['busy_timeout = 5000', 'journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON']) this.db.pragma(pragma);
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async create({ id, plan, createdBy, createdAt }: { id: string; plan: JobPlan; createdBy: Caller | null; createdAt: number }): Promise<JobRecord> {
    this.db.prepare(`INSERT INTO jobs (id, kind, backend, status, total, created_by, created_at, chunk_size, plan) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?)`)
      .run(id, plan.kind, plan.backend, itemKeys(plan).length, createdBy ? JSON.stringify(createdBy) : null, createdAt, plan.chunkSize, JSON.stringify(plan));
    return (await this.get(id))!;
  }

  async get(id: string): Promise<JobRecord | null> {
    const row = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM jobs WHERE id = ?`).get(id) as JobRow | undefined;
    return row ? recordOf(row) : null;
  }

  async plan(id: string): Promise<JobPlan | null> {
    const row = this.db.prepare('SELECT plan FROM jobs WHERE id = ?').get(id) as { plan: string } | undefined;
    return row ? (JSON.parse(row.plan) as JobPlan) : null;
  }

  async list(first: number, before: string | null): Promise<JobRecord[]> {
    const rows = (before === null
      ? this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM jobs ORDER BY id DESC LIMIT ?`).all(first)
      : this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM jobs WHERE id < ? ORDER BY id DESC LIMIT ?`).all(before, first)) as JobRow[];
    return rows.map(recordOf);
  }

  async beginChunk(id: string, index: number): Promise<ChunkState> {
    return this.db.transaction((): ChunkState => {
      const row = this.db.prepare('SELECT state FROM job_chunks WHERE job_id = ? AND idx = ?').get(id, index) as { state: ChunkState } | undefined;
      if (row) return row.state;
      this.db.prepare(`INSERT INTO job_chunks (job_id, idx, state) VALUES (?, ?, 'sending')`).run(id, index);
      return 'pending';
    }).immediate();
  }

  async finishChunk(id: string, index: number, results: readonly ItemResult[]): Promise<void> {
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT state FROM job_chunks WHERE job_id = ? AND idx = ?').get(id, index) as { state: ChunkState } | undefined;
      if (row?.state === 'done') return;
      this.db.prepare(`INSERT INTO job_chunks (job_id, idx, state, results) VALUES (?, ?, 'done', ?)
        ON CONFLICT (job_id, idx) DO UPDATE SET state = 'done', results = excluded.results`).run(id, index, JSON.stringify(results));
      const t = tally(results);
      this.db.prepare('UPDATE jobs SET processed = processed + ?, succeeded = succeeded + ?, failed = failed + ?, unknown = unknown + ? WHERE id = ?')
        .run(t.processed, t.succeeded, t.failed, t.unknown, id);
    }).immediate();
  }

  async results(id: string, fromChunk: number, toChunk: number): Promise<Map<number, ItemResult[]>> {
    const rows = this.db.prepare(`SELECT idx, results FROM job_chunks WHERE job_id = ? AND idx >= ? AND idx <= ? AND state = 'done'`).all(id, fromChunk, toChunk) as { idx: number; results: string }[];
    return new Map(rows.map((r) => [r.idx, JSON.parse(r.results) as ItemResult[]]));
  }

  async setStatus(id: string, status: JobStatus, finishedAt?: number): Promise<void> {
    this.db.prepare('UPDATE jobs SET status = ?, finished_at = ? WHERE id = ?').run(status, finishedAt ?? null, id);
  }

  async requestCancel(id: string): Promise<boolean> {
    return this.db.prepare(`UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND status IN ('QUEUED', 'RUNNING')`).run(id).changes === 1;
  }

  async claim(id: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const row = this.db.prepare('SELECT owner, lease_until FROM jobs WHERE id = ?').get(id) as { owner: string | null; lease_until: number | null } | undefined;
      if (!row) return false;
      const now = Date.now();
      const free = row.owner === null || row.owner === owner || (row.lease_until ?? 0) < now || ownerGone(row.owner);
      if (free) this.db.prepare('UPDATE jobs SET owner = ?, lease_until = ? WHERE id = ?').run(owner, now + leaseMs, id);
      return free;
    }).immediate();
  }

  async release(id: string, owner: string): Promise<void> {
    this.db.prepare('UPDATE jobs SET owner = NULL, lease_until = NULL WHERE id = ? AND owner = ?').run(id, owner);
  }

  async unfinished(): Promise<string[]> {
    return (this.db.prepare(`SELECT id FROM jobs WHERE status IN ('QUEUED', 'RUNNING') ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function recordOf(row: JobRow): JobRecord {
  return {
    id: row.id, kind: row.kind as JobKind, backend: row.backend, status: row.status as JobStatus,
    total: row.total, processed: row.processed, succeeded: row.succeeded, failed: row.failed, unknown: row.unknown,
    createdBy: row.created_by ? (JSON.parse(row.created_by) as Caller) : null,
    createdAt: row.created_at, finishedAt: row.finished_at, cancelRequested: row.cancel_requested === 1, chunkSize: row.chunk_size,
  };
}
