/**
 * @module The JSON Schemas `longarm assess` publishes, generated from its zod schemas
 * (`z.toJSONSchema`). `scripts/gen-schemas.ts` writes them to `schemas/`; a test checks the
 * files match.
 */
import { z } from 'zod';
import { BriefSchema } from './brief.js';
import { ProfileSchema } from './profile.js';

const BASE = 'https://longarm.example/schemas';

function document(schema: z.ZodType, id: string, io: 'input' | 'output'): string {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return JSON.stringify({ ...json, $id: `${BASE}/${id}`, title: id.replace('.schema.json', '') }, null, 2) + '\n';
}

/** File name → JSON text of each published schema. */
export function schemaFiles(): Record<string, string> {
  return {
    'assess-profile.schema.json': document(ProfileSchema, 'assess-profile.schema.json', 'input'),
    'brief.schema.json': document(BriefSchema, 'brief.schema.json', 'output'),
  };
}
