/**
 * @module The domain model: pure functions and types, no I/O. Everything else imports from here.
 */
export * from './countries.js';
export * from './dates.js';
export * from './kinds.js';
export * from './properties.js';
export * from './statement.js';
export * from './status.js';
export * from './text.js';
export * from './values.js';
