/**
 * @module Forward-only, versioned schema migrations for the SQLite store. Append; never edit
 * a migration that has shipped. `user_version` records the last one applied.
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'entities, statements, source texts, reviews, search',
    sql: `
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        sensitivity TEXT NOT NULL DEFAULT 'public' CHECK (sensitivity IN ('public','restricted')),
        status TEXT CHECK (status IS NULL OR status = 'candidate'),
        source_meta TEXT
      ) STRICT;
      CREATE INDEX entities_kind ON entities(kind, id);

      CREATE TABLE statements (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL REFERENCES entities(id),
        property TEXT NOT NULL,
        value TEXT NOT NULL,
        value_ref TEXT,
        qualifiers TEXT NOT NULL DEFAULT '{}',
        source TEXT NOT NULL REFERENCES entities(id),
        loc_sha256 TEXT,
        loc_start INTEGER,
        loc_end INTEGER,
        pinpoint TEXT,
        status TEXT NOT NULL CHECK (status IN ('candidate','accepted','rejected','disputed')),
        rank TEXT NOT NULL CHECK (rank IN ('preferred','normal','deprecated')),
        sensitivity TEXT NOT NULL CHECK (sensitivity IN ('public','restricted')),
        confidence REAL,
        supersedes TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX statements_entity ON statements(entity, property);
      CREATE INDEX statements_property ON statements(property);
      CREATE INDEX statements_ref ON statements(value_ref) WHERE value_ref IS NOT NULL;
      CREATE INDEX statements_source ON statements(source);
      CREATE INDEX statements_status ON statements(status);

      CREATE TABLE source_texts (sha256 TEXT PRIMARY KEY, text TEXT NOT NULL) STRICT;

      CREATE TABLE reviews (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        statement TEXT NOT NULL,
        action TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL,
        why TEXT NOT NULL,
        replacement TEXT
      ) STRICT;
      CREATE INDEX reviews_statement ON reviews(statement);

      CREATE VIRTUAL TABLE search USING fts5(
        title, body, entity UNINDEXED, kind UNINDEXED, sensitivity UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    name: 'index sources by the sha256 of their text',
    // Evidence reads ask "may this role see the text with this hash?" for every statement shown.
    sql: `CREATE INDEX entities_source_sha256 ON entities(source_meta ->> '$.sha256') WHERE kind = 'source';`,
  },
  {
    version: 3,
    name: 'map search rows to their entity',
    // FTS5 cannot index its UNINDEXED entity column: deleting an entity's rows scanned every row
    // (every stored text), once per document ingested. The map makes that a lookup.
    sql: `
      CREATE TABLE search_rows (row INTEGER PRIMARY KEY, entity TEXT NOT NULL) STRICT;
      CREATE INDEX search_rows_entity ON search_rows(entity);
      INSERT INTO search_rows (row, entity) SELECT rowid, entity FROM search;
    `,
  },
  {
    version: 4,
    name: 'index statements by entity and reference only once reviewed; index restricted entities',
    // Ingestion stores several candidates per KB, and each paid a random insert into every index;
    // reads by entity or reference ask for reviewed statements (ADR 0005). Candidates stay indexed
    // by property, status and source: resolution reads candidate parties by property at the start
    // of every batch, and the review queue pages candidates by status and source. Queries that
    // exclude candidates say so literally (`status <> 'candidate'`): SQLite uses a partial index
    // only when the query's WHERE repeats its term. Redaction looks up the (few) restricted
    // entities for every stored text.
    sql: `
      DROP INDEX statements_entity;
      DROP INDEX statements_ref;
      CREATE INDEX statements_entity ON statements(entity, property) WHERE status <> 'candidate';
      CREATE INDEX statements_ref ON statements(value_ref) WHERE value_ref IS NOT NULL AND status <> 'candidate';
      CREATE INDEX entities_restricted ON entities(id) WHERE sensitivity = 'restricted';
    `,
  },
  {
    version: 5,
    name: 'candidate statements in one row per batch of a source, not one indexed row each',
    // Ingestion stores several candidates per KB, and each paid a random insert into the primary-key
    // index (ADR 0005): a document's candidates now share one row (src/store/sqlite/candidates.ts).
    // A set holds the columns its candidates share once (source, property, locator text, rank,
    // sensitivity, time, by-line); each element the others but status, in order, value and
    // qualifiers as nested JSON. `refs` lists the entities a set's candidates are about or name.
    sql: `
      CREATE TABLE candidate_sets (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL REFERENCES entities(id),
        property TEXT NOT NULL,
        loc_sha256 TEXT,
        rank TEXT NOT NULL,
        sensitivity TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        statements TEXT NOT NULL
      ) STRICT;
      CREATE INDEX candidate_sets_source ON candidate_sets(source);
      CREATE INDEX candidate_sets_property ON candidate_sets(property);
      CREATE TABLE candidate_ids (
        set_id INTEGER PRIMARY KEY,
        size INTEGER NOT NULL,
        ids TEXT NOT NULL,
        refs TEXT NOT NULL
      ) STRICT;
      INSERT INTO candidate_sets (source, property, loc_sha256, rank, sensitivity, recorded_at, recorded_by, statements)
        SELECT source, property, loc_sha256, rank, sensitivity, recorded_at, recorded_by,
          json_group_array(json_array(id, entity, json(value), value_ref, json(qualifiers), loc_start, loc_end, pinpoint,
            confidence, supersedes) ORDER BY rowid)
        FROM statements WHERE status = 'candidate'
        GROUP BY source, property, loc_sha256, rank, sensitivity, recorded_at, recorded_by ORDER BY min(rowid);
      INSERT INTO candidate_ids (set_id, size, ids, refs)
        SELECT cs.id, json_array_length(cs.statements),
          char(10) || (SELECT group_concat(j.value ->> 0, char(10) ORDER BY j.key) FROM json_each(cs.statements) j) || char(10),
          (SELECT json_group_array(DISTINCT r) FROM (
            SELECT j.value ->> 1 AS r FROM json_each(cs.statements) j
            UNION ALL SELECT j.value ->> 3 FROM json_each(cs.statements) j) WHERE r IS NOT NULL)
        FROM candidate_sets cs;
      DELETE FROM statements WHERE status = 'candidate';
    `,
  },
];
