/**
 * The database schema, as numbered migrations applied in order, each in its own
 * transaction. Never edit a released migration: add the next one.
 *
 * Tables:
 *   documents       one row per distinct file content (sha256), with its status and the
 *                   extractor set (`extracted_with`) its current records came from
 *   document_paths  every path a content was seen at
 *   input_failures  paths that could not even be read (no content to key them by)
 *   layouts         converted layouts, keyed by converter version, so re-runs skip conversion
 *   runs            one row per ingest/rerun: which extractor versions ran
 *   records         extracted EIA records (JSON), one per EIA in a file and extractor version;
 *                   `current` marks the latest extraction of each document
 *   field_values    every leaf of a record with its confidence and provenance (for review)
 *   corrections     reviewers' fixes, kept apart from extractor output so re-runs never lose them
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
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
];
