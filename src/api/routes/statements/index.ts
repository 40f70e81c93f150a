/**
 * @module `GET /api/statements/:id`: one statement, its source and its evidence span.
 */
import type { FastifyInstance } from 'fastify';
import { viewStatements } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { notFound } from '../../problem.js';
import { getStatementRoute, type StatementParams } from './schema.js';

/** Registers the statement route. */
export function registerStatementRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Params: StatementParams }>('/api/statements/:id', { schema: getStatementRoute }, async (request) => {
    const statement = await store.getStatement(request.params.id, request.role);
    if (!statement) throw notFound('statement', request.params.id);
    const [view] = await viewStatements(store, [statement], request.role);
    return view;
  });
}
