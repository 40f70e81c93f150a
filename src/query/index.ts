/**
 * @module Read-side questions over the store: treaty status, entity views, timeline, map, graph.
 */
export * from './entity-view.js';
export * from './treaties.js';
