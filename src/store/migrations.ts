/**
 * The database schema, as numbered migrations applied in order, each in its own
 * transaction. Never edit a released migration: add the next one.
 *
 * Tables:
 *   documents       one row per distinct file content (sha256), with its status, the
 *                   extractor set (`extracted_with`) its current records came from and what
 *                   that extraction depends on (`depends_on`, so a re-run can keep it)
 *   document_paths  every path a content was seen at
 *   input_failures  paths that could not even be read (no content to key them by)
 *   layouts         converted layouts, keyed by converter version, so re-runs skip conversion
 *   runs            one row per ingest/rerun: which extractor and converter versions ran, the
 *                   code revision, how it ended and its counts by outcome
 *   run_documents   what each run did to each document (status, whether it converted)
 *   records         extracted EIA records (JSON; review status and reasons as columns too): a new row whenever an extraction differs from
 *                   the document's current one, with the run that made it, so any run's
 *                   records can be read back (`eia diff`); `current` marks the latest
 *   field_values    every leaf of a record with its confidence and provenance (for review)
 *   fingerprints    what each document's form prints (headings, labels, table headers, producer;
 *                   src/forms/fingerprint.ts), for clustering the forms no template knows
 *   corrections     reviewers' decisions, kept apart from extractor output so re-runs never lose them;
 *                   append-only (the audit log), keyed by natural-key JSON Pointers (migration 20)
 *   review_settings what the review loop keeps stable across sessions (the audit sample's seed)
 *   eia_links       copies of one EIA (PDF, Word, scan...) linked under one eia_id, versions in a series
 *   record_features what copy linking needs of each record, kept so a relink need not read every record
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * The migration rebuilds a table others point at: foreign keys are switched off around it
   * (SQLite's own procedure for altering a table) and checked before it commits.
   */
  rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE documents (
        sha256 TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        format TEXT,
        size INTEGER NOT NULL,
        pages INTEGER,
        status TEXT NOT NULL CHECK (status IN ('pending', 'extracted', 'failed', 'not-eia', 'empty-form')),
        reason TEXT,
        message TEXT,
        template TEXT,
        template_confidence REAL,
        extracted_with TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_status ON documents(status);

      CREATE TABLE document_paths (
        path TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES documents(sha256),
        seen_at TEXT NOT NULL
      );
      CREATE INDEX document_paths_sha ON document_paths(sha256);

      CREATE TABLE input_failures (
        path TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        message TEXT NOT NULL,
        seen_at TEXT NOT NULL
      );

      CREATE TABLE layouts (
        sha256 TEXT NOT NULL REFERENCES documents(sha256),
        converter TEXT NOT NULL,
        layout BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (sha256, converter)
      );

      CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        extractors TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        files INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES documents(sha256),
        index_in_file INTEGER NOT NULL,
        extractor TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        template TEXT NOT NULL,
        template_confidence REAL NOT NULL,
        review_status TEXT NOT NULL,
        record TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id),
        current INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        UNIQUE (sha256, index_in_file, extractor, extractor_version)
      );
      CREATE INDEX records_current ON records(current, sha256);

      CREATE TABLE field_values (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        pointer TEXT NOT NULL,
        value TEXT,
        confidence REAL,
        page INTEGER,
        start INTEGER,
        "end" INTEGER,
        bbox TEXT,
        PRIMARY KEY (record_id, pointer)
      );
      CREATE INDEX field_values_confidence ON field_values(confidence);

      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES documents(sha256),
        index_in_file INTEGER NOT NULL,
        pointer TEXT NOT NULL,
        value TEXT NOT NULL,
        reviewer TEXT,
        note TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX corrections_record ON corrections(sha256, index_in_file);
    `,
  },
  {
    version: 20,
    name: 'review decisions: natural-key pointers, versions, undo, append-only',
    sql: `
      -- A decision names the record version it was made on (record_id) and the decision on
      -- the same field it replaced (seen_id), so a stale one can be refused; old_value is what
      -- the reviewer saw; reasons why the field was queued (the audit sample is measured).
      ALTER TABLE corrections ADD COLUMN action TEXT NOT NULL DEFAULT 'set'
        CHECK (action IN ('set', 'accept', 'delete-row', 'add-row', 'undo', 'complete'));
      ALTER TABLE corrections ADD COLUMN old_value TEXT;
      ALTER TABLE corrections ADD COLUMN record_id INTEGER REFERENCES records(id);
      ALTER TABLE corrections ADD COLUMN seen_id INTEGER;
      ALTER TABLE corrections ADD COLUMN undoes INTEGER REFERENCES corrections(id);
      ALTER TABLE corrections ADD COLUMN reasons TEXT;
      CREATE INDEX corrections_undoes ON corrections(undoes);

      -- The audit log is the table itself: decisions are only ever added (an undo is a row).
      CREATE TRIGGER corrections_append_only_update BEFORE UPDATE ON corrections
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only: add an undo instead'); END;
      CREATE TRIGGER corrections_append_only_delete BEFORE DELETE ON corrections
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only: add an undo instead'); END;

      -- Settings the review loop must keep stable across sessions (the audit sample's seed).
      CREATE TABLE review_settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 30,
    name: 'copies of one EIA linked',
    sql: `
      -- One row per current record: which EIA it is a copy of (eia_id), which assessment series
      -- (re-issues of one policy) that EIA belongs to and its version there, and whether it is
      -- the copy exports show. Recomputed as a whole after every run (src/store/linkCopies.ts).
      CREATE TABLE eia_links (
        sha256 TEXT NOT NULL REFERENCES documents(sha256),
        index_in_file INTEGER NOT NULL,
        eia_id TEXT NOT NULL,
        series_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        canonical INTEGER NOT NULL CHECK (canonical IN (0, 1)),
        PRIMARY KEY (sha256, index_in_file)
      );
      CREATE INDEX eia_links_eia ON eia_links(eia_id);
      -- What the links were computed from, so a reader can tell they are stale.
      CREATE TABLE eia_link_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        fingerprint TEXT NOT NULL,
        linked_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 40,
    name: 'runs as rows; records kept per run',
    rebuildsTables: true,
    sql: `
      ALTER TABLE runs ADD COLUMN converters TEXT;
      ALTER TABLE runs ADD COLUMN revision TEXT;
      ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'finished';
      ALTER TABLE runs ADD COLUMN counts TEXT;
      ALTER TABLE runs ADD COLUMN options TEXT;

      CREATE TABLE records_by_run (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES documents(sha256),
        index_in_file INTEGER NOT NULL,
        extractor TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        template TEXT NOT NULL,
        template_confidence REAL NOT NULL,
        review_status TEXT NOT NULL,
        record TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id),
        current INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      );
      INSERT INTO records_by_run SELECT id, sha256, index_in_file, extractor, extractor_version, template, template_confidence,
        review_status, record, run_id, current, created_at FROM records;
      DROP TABLE records;
      ALTER TABLE records_by_run RENAME TO records;
      CREATE INDEX records_current ON records(current, sha256);
      CREATE INDEX records_document ON records(sha256, index_in_file, run_id);
      CREATE INDEX records_run ON records(run_id);

      CREATE TABLE run_documents (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        sha256 TEXT NOT NULL REFERENCES documents(sha256),
        status TEXT NOT NULL,
        reason TEXT,
        extracted_with TEXT,
        converted INTEGER NOT NULL DEFAULT 0,
        -- The document's records after this run, by record id in file order (JSON); null when
        -- the run left them as they were (a re-run's failure).
        record_ids TEXT,
        PRIMARY KEY (run_id, sha256)
      );
    `,
  },
  {
    version: 50,
    name: 'form fingerprints per document',
    sql: `
      CREATE TABLE fingerprints (
        sha256 TEXT PRIMARY KEY REFERENCES documents(sha256),
        -- FINGERPRINT_VERSION and the converter of the layout it was read from: either changing makes it stale.
        version TEXT NOT NULL,
        converter TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 70,
    name: 'review reasons beside review status',
    sql: `
      -- What a needs-review record lacks that its form always has, comma-separated
      -- ("no-impact-rows,no-title"); NULL when nothing is missing (then any needs-review comes
      -- from a value below the review threshold). A column, not only the record JSON, so the
      -- review queue and status can count and filter by it.
      ALTER TABLE records ADD COLUMN review_reasons TEXT;
    `,
  },
  {
    version: 80,
    name: 'what each extraction depends on, and its plan',
    sql: `
      -- The engine version, every extractor's detection key and the versions of the
      -- extractors that read the document (JSON, model/extractionDependencies.ts): a re-run
      -- keeps a document whose dependencies are all still installed. NULL for extractions made
      -- before this column, which a re-run always redoes.
      ALTER TABLE documents ADD COLUMN depends_on TEXT;
      -- Where the file's parts are and which extractor read each (JSON,
      -- extract/extractionPlan.ts): a re-run whose detection is unchanged reads from it.
      ALTER TABLE documents ADD COLUMN plan TEXT;
    `,
  },
  {
    version: 90,
    name: 'linking features beside each record',
    sql: `
      -- What copy linking needs of a record (store/recordFeatures.ts), written with the record:
      -- a relink reads these instead of every record. Filled in by the next relink for records
      -- stored before this table.
      CREATE TABLE record_features (
        record_id INTEGER PRIMARY KEY REFERENCES records(id),
        version TEXT NOT NULL,
        features TEXT NOT NULL
      );
    `,
  },
];
