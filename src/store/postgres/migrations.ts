/**
 * @module Forward-only, versioned schema migrations for the PostgreSQL store: the same tables as
 * the SQLite store (entities, statements, source_texts, reviews, search), with jsonb for JSON
 * columns and a generated, GIN-indexed `tsvector` for search. Append; never edit a migration
 * that has shipped. The `longarm_migrations` table records each one applied.
 *
 * Identifier columns use `COLLATE "C"` so `ORDER BY id` sorts by code point, exactly as SQLite's
 * BINARY collation does, whatever the database's locale.
 */

/** One schema change, applied once, in its own transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Text search configuration used by the search table and every query: English Snowball stemming
 * (like SQLite's porter tokenizer) without a stop-word list, so "the", "in" or "no" stay
 * searchable as they are in FTS5.
 */
export const SEARCH_CONFIG = 'longarm_search';

/**
 * Diacritic folding, as SQLite's `remove_diacritics 2`: each Latin letter with a canonical
 * decomposition maps to its base letter (`č` → `c`, `Ü` → `U`), one character for one, so the
 * folded text keeps every offset (snippets marked on it map back onto the original). The store
 * folds indexed text and queries alike. Unicode keeps canonical decompositions stable, so this
 * list does not change; if it ever must, stored rows need re-indexing.
 */
export const [FOLD_FROM, FOLD_TO] = ((): [string, string] => {
  let from = '';
  let to = '';
  for (const [first, last] of [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let cp = first; cp <= last; cp++) {
      const ch = String.fromCodePoint(cp);
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      if (base !== ch && /^[A-Za-z]$/.test(base)) {
        from += ch;
        to += base;
      }
    }
  }
  return [from, to];
})();

/** The table that records applied migrations. */
export const MIGRATIONS_TABLE = 'longarm_migrations';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'entities, statements, source texts, reviews, search',
    sql: `
      CREATE TEXT SEARCH DICTIONARY longarm_english_stem (TEMPLATE = snowball, Language = english);
      CREATE TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG} (COPY = pg_catalog.english);
      ALTER TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG}
        ALTER MAPPING REPLACE english_stem WITH longarm_english_stem;

      CREATE TABLE entities (
        id text COLLATE "C" PRIMARY KEY,
        kind text COLLATE "C" NOT NULL,
        name text NOT NULL,
        aliases jsonb NOT NULL DEFAULT '[]',
        sensitivity text NOT NULL DEFAULT 'public' CHECK (sensitivity IN ('public','restricted')),
        status text CHECK (status IS NULL OR status = 'candidate'),
        source_meta jsonb
      );
      CREATE INDEX entities_kind ON entities (kind, id);
      CREATE INDEX entities_source_sha256 ON entities ((source_meta ->> 'sha256')) WHERE kind = 'source';

      CREATE TABLE statements (
        id text COLLATE "C" PRIMARY KEY,
        entity text COLLATE "C" NOT NULL REFERENCES entities(id),
        property text COLLATE "C" NOT NULL,
        value jsonb NOT NULL,
        value_ref text COLLATE "C",
        qualifiers jsonb NOT NULL DEFAULT '{}',
        source text COLLATE "C" NOT NULL REFERENCES entities(id),
        loc_sha256 text COLLATE "C",
        loc_start integer,
        loc_end integer,
        pinpoint text,
        status text NOT NULL CHECK (status IN ('candidate','accepted','rejected','disputed')),
        rank text NOT NULL CHECK (rank IN ('preferred','normal','deprecated')),
        sensitivity text NOT NULL CHECK (sensitivity IN ('public','restricted')),
        confidence double precision,
        supersedes text COLLATE "C",
        recorded_at text NOT NULL,
        recorded_by text NOT NULL
      );
      CREATE INDEX statements_entity ON statements (entity, property);
      CREATE INDEX statements_property ON statements (property);
      CREATE INDEX statements_ref ON statements (value_ref) WHERE value_ref IS NOT NULL;
      CREATE INDEX statements_source ON statements (source);
      CREATE INDEX statements_status ON statements (status);

      CREATE TABLE source_texts (sha256 text COLLATE "C" PRIMARY KEY, text text NOT NULL);

      CREATE TABLE reviews (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        statement text COLLATE "C" NOT NULL,
        action text NOT NULL,
        "by" text NOT NULL,
        "at" text NOT NULL,
        why text NOT NULL,
        replacement text
      );
      CREATE INDEX reviews_statement ON reviews (statement);

      CREATE TABLE search (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity text COLLATE "C" NOT NULL,
        kind text COLLATE "C" NOT NULL,
        sensitivity text NOT NULL CHECK (sensitivity IN ('public','restricted')),
        title text NOT NULL,
        body text NOT NULL,
        document tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('${SEARCH_CONFIG}', title), 'A') ||
          setweight(to_tsvector('${SEARCH_CONFIG}', body), 'B')
        ) STORED
      );
      CREATE INDEX search_document ON search USING gin (document);
      CREATE INDEX search_entity ON search (entity);
    `,
  },
  {
    version: 2,
    name: 'search ignores diacritics, as SQLite does',
    // The store writes the folded text (see FOLD_FROM) beside the original only where folding
    // changes it; the vector is built from the folded text. Folding in SQL with translate() costs
    // O(length × 488) per row, far too slow to run on every write or search, so it runs here once.
    sql: `
      ALTER TABLE search ADD COLUMN title_folded text, ADD COLUMN body_folded text;
      UPDATE search SET
        title_folded = nullif(translate(title, '${FOLD_FROM}', '${FOLD_TO}'), title),
        body_folded = nullif(translate(body, '${FOLD_FROM}', '${FOLD_TO}'), body);
      ALTER TABLE search DROP COLUMN document;
      ALTER TABLE search ADD COLUMN document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('${SEARCH_CONFIG}', coalesce(title_folded, title)), 'A') ||
        setweight(to_tsvector('${SEARCH_CONFIG}', coalesce(body_folded, body)), 'B')
      ) STORED;
      CREATE INDEX search_document ON search USING gin (document);
    `,
  },
  {
    version: 3,
    name: 'search index without a pending list',
    // With fastupdate, rows written by a re-index wait in the GIN pending list until (auto)vacuum;
    // every search scans that list and the planner, seeing it, falls back to a sequential scan that
    // de-TOASTs every vector (20–40 ms instead of 1 ms on 20k statements). Writes are batched anyway.
    sql: `ALTER INDEX search_document SET (fastupdate = off);`,
  },
];
