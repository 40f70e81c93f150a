/**
 * @module Ingestion: documents in, candidate statements with evidence out.
 * Readers (txt, md, html, pdf, docx) → normalization and dedupe → segmentation → extractors →
 * entity resolution → store, whole documents per transaction.
 */
export { collectFiles } from './files.js';
export { hamming, simhash } from './dedupe.js';
export { EXTRACTORS, extractAll, analyse } from './extractors/index.js';
export { readBytes, readDocument, detectMediaType } from './readers/index.js';
export { segment } from './segment.js';
export { EntityIndex } from './resolve.js';
export { GROUP_LIMITS, storeDocuments } from './groups.js';
export { prepareDocument, sourceIdFor, type PreparedDocument } from './prepare.js';
export {
  defaultWorkers,
  extractDocument,
  ingestFiles,
  summarize,
  type FileProgress,
  type FileResult,
  type IngestOptions,
  type IngestReport,
} from './pipeline.js';
export { DEFAULT_LIMITS, type Candidate, type ReadDocument, type ReadLimits } from './types.js';
