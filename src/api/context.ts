/**
 * @module What every route module receives: the store and the services behind the routes that
 * change the record or compute briefs. Routes stay thin: validate, authorize, call one function.
 */
import type { Store } from '../store/index.js';
import type { Services } from './services.js';

/** The dependencies every route module is registered with. */
export interface RouteContext {
  readonly store: Store;
  readonly services: Services;
  /** Forgets cached reads; called when something changes the record outside a request (a finished ingestion job). */
  readonly invalidate: () => void;
}
