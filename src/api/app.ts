/**
 * @module The HTTP application: the JSON API over the same query functions as the CLI, its
 * OpenAPI 3.1 document and browsable reference, and the web UI. Built without listening so
 * tests can `inject()` requests.
 *
 * Every request gets a role (from its API key, else `public`) that every read passes down;
 * every response carries the security headers; every error leaves through one handler as
 * `application/problem+json`; API reads carry a strong ETag.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { readEnvironment } from '../config/index.js';
import { WEB_DIST_DIR } from '../config/paths.js';
import { listTreaties } from '../query/index.js';
import type { Store } from '../store/index.js';
import { roleResolver } from './auth.js';
import type { RouteContext } from './context.js';
import { registerEtags, ResponseCache, type ResponseCacheOptions } from './etag.js';
import { renderIndexPage } from './index-page.js';
import { handleError, notFound, sendProblem, toProblem } from './problem.js';
import { registerAssessRoutes } from './routes/assess/index.js';
import { registerCountryRoutes } from './routes/countries/index.js';
import { registerEntityRoutes } from './routes/entities/index.js';
import { registerGraphRoutes } from './routes/graph/index.js';
import { registerIngestRoutes } from './routes/ingest/index.js';
import { registerMapRoutes } from './routes/map/index.js';
import { registerMetaRoutes } from './routes/meta/index.js';
import { registerReviewRoutes } from './routes/review/index.js';
import { registerSearchRoutes } from './routes/search/index.js';
import { registerSourceRoutes } from './routes/sources/index.js';
import { registerStatementRoutes } from './routes/statements/index.js';
import { registerTimelineRoutes } from './routes/timeline/index.js';
import { registerTreatyRoutes } from './routes/treaties/index.js';
import { registerSecurityHeaders } from './security.js';
import { defaultServices, type Services } from './services.js';

/** Options of {@link buildApp}. */
export interface AppOptions {
  readonly store: Store;
  /** API keys and their roles; default LONGARM_API_KEYS from the environment. */
  readonly apiKeys?: ReadonlyMap<string, 'researcher' | 'admin'>;
  /** Review, ingestion and assessment; default the project's modules. */
  readonly services?: Partial<Services>;
  /** The built web UI; default `web/dist` in the package. Served at `/` when it holds an index.html. */
  readonly webDist?: string;
  readonly logger?: boolean;
  /** Reuse of read responses; default 2 s, cleared by every write through the API. `{ ttlMs: 0 }` turns it off. */
  readonly cache?: ResponseCacheOptions;
  /** Largest uploaded file, in bytes; default 25 MiB. */
  readonly maxUploadBytes?: number;
}

/** The OpenAPI document's fixed parts; paths come from the route schemas. */
const OPENAPI_INFO = {
  title: 'Longarm API',
  version: '0.1.0',
  description:
    'Evidence-backed record of transnational policing, extradition and influence. Reads are public; ' +
    'restricted records need a researcher or admin key (`Authorization: Bearer KEY`). ' +
    'Errors are application/problem+json.',
  license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
};

/**
 * Builds the Fastify app over a store.
 * @example const app = buildApp({ store }); const res = await app.inject('/api/treaties');
 */
export function buildApp(options: AppOptions): FastifyInstance {
  const { store } = options;
  const resolveRole = roleResolver(options.apiKeys ?? readEnvironment().apiKeys, 'public');
  const services: Services = { ...defaultServices(), ...options.services };
  const webDist = options.webDist ?? WEB_DIST_DIR;
  const hasWeb = existsSync(join(webDist, 'index.html'));
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 300 },
  });

  // Response schemas document the API; bodies are serialized as they are, never trimmed by a schema.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.decorateRequest('role', 'public');
  app.addHook('onRequest', async (request) => {
    request.role = resolveRole(request.headers.authorization);
  });
  registerSecurityHeaders(app);
  const cache = new ResponseCache(options.cache);
  registerEtags(app, cache);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (hasWeb && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api')) {
      // SPA fallback: the UI routes its own paths.
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(reply, toProblem(notFound('route', `${request.method} ${path}`), path).problem);
  });

  void app.register(fastifyMultipart, {
    limits: { fileSize: options.maxUploadBytes ?? 25 * 1024 * 1024, files: 50, fields: 20 },
  });
  void app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      servers: [],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'an API key from LONGARM_API_KEYS' },
        },
      },
    },
  });
  void app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { deepLinking: true },
    // The global CSP already allows only same-origin scripts and styles; the UI needs nothing else.
    staticCSP: false,
  });

  const context: RouteContext = { store, services, invalidate: () => cache.clear() };
  void app.register(async (api) => {
    registerMetaRoutes(api);
    registerEntityRoutes(api, context);
    registerStatementRoutes(api, context);
    registerSourceRoutes(api, context);
    registerSearchRoutes(api, context);
    registerTreatyRoutes(api, context);
    registerTimelineRoutes(api, context);
    registerGraphRoutes(api, context);
    registerMapRoutes(api, context);
    registerCountryRoutes(api, context);
    registerIngestRoutes(api, context);
    registerReviewRoutes(api, context);
    registerAssessRoutes(api, context);
  });

  if (hasWeb) {
    void app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, async (request, reply) => {
      const treaties = await listTreaties(store, {}, request.role);
      return reply.type('text/html; charset=utf-8').send(renderIndexPage(treaties));
    });
  }
  return app;
}
