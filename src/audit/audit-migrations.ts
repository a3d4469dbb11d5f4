import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * The audit schema, versioned: Kysely's Migrator runs what a database has not seen yet, once, at
 * start-up, under its own lock (so two replicas starting together do not race), on SQLite and
 * PostgreSQL alike. Add a migration; never change one that has shipped.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_audit_entries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_entries')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('request_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('caller_id', 'varchar(256)')
        .addColumn('caller_roles', 'text', (c) => c.notNull())
        .addColumn('backend', 'varchar(128)', (c) => c.notNull())
        .addColumn('vendor', 'varchar(32)', (c) => c.notNull())
        .addColumn('operation', 'varchar(64)', (c) => c.notNull())
        .addColumn('client_mutation_id', 'varchar(128)')
        .addColumn('dry_run', 'integer', (c) => c.notNull())
        .addColumn('outcome', 'varchar(64)', (c) => c.notNull())
        .addColumn('vendor_status', 'integer')
        .addColumn('vendor_code', 'varchar(128)')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('vendor_request', 'text')
        .addColumn('input', 'text', (c) => c.notNull())
        .execute();
      // Newest first, alone or after an equality filter: each filter the API offers has its index.
      await db.schema.createIndex('audit_at').on('audit_entries').columns(['at', 'id']).execute();
      for (const column of ['backend', 'operation', 'caller_id', 'outcome', 'request_id']) {
        await db.schema.createIndex(`audit_${column}_at`).on('audit_entries').columns([column, 'at', 'id']).execute();
      }
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table audit_entries`.execute(db);
    },
  },
  // A request's entries are a handful: the request id alone finds them, and an index without the
  // time and id behind it is smaller and cheaper to insert into. Kysely runs SQLite's migrations
  // outside a transaction: each step may be repeated (a process killed between them, gateway
  // workers starting on one existing file), so each says what it makes sure of.
  '0002_audit_request_id_alone': {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('audit_request_id_at').ifExists().execute();
      await db.schema.createIndex('audit_request_id').ifNotExists().on('audit_entries').column('request_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('audit_request_id').ifExists().execute();
      await db.schema.createIndex('audit_request_id_at').ifNotExists().on('audit_entries').columns(['request_id', 'at', 'id']).execute();
    },
  },
};

export const auditMigrations: MigrationProvider = { getMigrations: async () => MIGRATIONS };
