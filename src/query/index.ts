/**
 * @module Read-side questions over the store: treaty status, entity views, timeline, map, graph.
 */
export * from './entity-view.js';
export * from './treaties.js';
export * from './cities.js';
export * from './country.js';
export * from './facets.js';
export * from './graph.js';
export * from './map.js';
export * from './timeline.js';
