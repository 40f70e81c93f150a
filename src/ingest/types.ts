/**
 * @module Shared types of the ingestion pipeline: a read document, limits, and candidate facts
 * proposed by extractors before entity resolution.
 */
import type { EntityKind, Qualifiers, SourceMeta, Value } from '../domain/index.js';

/** The formats the readers understand, detected from the bytes. */
export type MediaType =
  | 'text/plain'
  | 'text/html'
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Metadata a reader found in the document itself (never guessed). */
export interface DocumentMeta {
  readonly title?: string;
  readonly author?: string;
  readonly publisher?: string;
  /** Partial date (`2024`, `2024-05`, `2024-05-08`) when the document states it. */
  readonly published?: string;
  readonly url?: string;
  readonly language?: string;
}

/** A document after reading: its normalized text and what we know about it. */
export interface ReadDocument {
  readonly file: string;
  readonly mediaType: MediaType;
  readonly bytes: number;
  /** Normalized text (`normalizeText`): every locator points into it. */
  readonly text: string;
  readonly sha256: string;
  readonly meta: DocumentMeta;
}

/** Limits that keep a hostile or huge file from taking the process down. */
export interface ReadLimits {
  /** Largest file read, in bytes. Default 50 MB. */
  readonly maxBytes: number;
  /** Most PDF pages read. Default 2,000. */
  readonly maxPdfPages: number;
  /** Largest total uncompressed size a DOCX may declare. Default 200 MB. */
  readonly maxUncompressedBytes: number;
  /**
   * Longest time spent reading one file, in ms. Default 60 s. With worker threads, a file whose reading
   * and extraction take twice this stops its worker (a synchronous loop cannot be interrupted otherwise).
   */
  readonly timeoutMs: number;
}

/** The default limits. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPdfPages: 2000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  timeoutMs: 60_000,
};

/** An entity an extractor names: an existing id, or a proposal that resolution may attach to an existing one. */
export interface EntityRef {
  /** Proposed id (readable, kind-prefixed). */
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases?: readonly string[];
  /** True when the id is known to exist (countries, built-in bodies). */
  readonly known?: boolean;
  /** For proposed `source` entities (citations): what the citation says. */
  readonly source?: SourceMeta;
  /** Its name or an alias contains a personal name: a proposed entity is created restricted. */
  readonly restricted?: boolean;
}

/** One fact an extractor proposes, with its evidence span in the analysed paragraph's source offsets. */
export interface Candidate {
  readonly extractor: string;
  readonly entity: EntityRef;
  readonly property: string;
  readonly value: Value;
  /** Entities the value or qualifiers refer to, which must exist before the statement is stored. */
  readonly refs?: readonly EntityRef[];
  readonly qualifiers?: Qualifiers;
  /** UTF-16 offsets into the normalized document text. */
  readonly start: number;
  readonly end: number;
  /** 0–1. */
  readonly confidence: number;
  /** Its evidence sentence names a person: the statement is stored restricted. */
  readonly restricted?: boolean;
}
