/**
 * @module `GET /api/sources/:id` (metadata, whether the text is held, how much cites it) and
 * `GET /api/sources/:id/text` (the held normalized text).
 */
import type { FastifyInstance } from 'fastify';
import type { Entity, Role } from '../../../domain/index.js';
import type { Store } from '../../../store/index.js';
import type { RouteContext } from '../../context.js';
import { notFound } from '../../problem.js';
import { getSourceRoute, getSourceTextRoute, type SourceParams } from './schema.js';

async function sourceEntity(store: Store, id: string, role: Role): Promise<Entity> {
  const entity = await store.getEntity(id, role);
  if (!entity || entity.kind !== 'source') throw notFound('source', id);
  return entity;
}

/** Registers the source routes. */
export function registerSourceRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Params: SourceParams }>('/api/sources/:id', { schema: getSourceRoute }, async (request) => {
    const { role } = request;
    const entity = await sourceEntity(store, request.params.id, role);
    const hash = entity.source?.sha256;
    const text = hash ? await store.getSourceText(hash, role) : null;
    const citing = await store.listStatements({ source: entity.id, limit: 10_000 }, role);
    const citedBy = await store.listStatements({ ref: entity.id, property: 'cites', limit: 1_000 }, role);
    return {
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases,
      source: entity.source ?? { title: entity.name },
      textHeld: text !== null,
      statements: citing.length,
      citedBy: [...new Set(citedBy.map((s) => s.entity))].sort(),
    };
  });

  app.get<{ Params: SourceParams }>('/api/sources/:id/text', { schema: getSourceTextRoute }, async (request) => {
    const entity = await sourceEntity(store, request.params.id, request.role);
    const hash = entity.source?.sha256;
    const text = hash ? await store.getSourceText(hash, request.role) : null;
    if (text === null) throw notFound('held text for source', entity.id);
    return { text };
  });
}
