/**
 * @module Entity kinds, readable kind-prefixed ids and sensitivity.
 */

export const ENTITY_KINDS = [
  'country',
  'organization',
  'court',
  'person',
  'instrument',
  'decision',
  'case',
  'program',
  'project',
  'resolution',
  'source',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** `public` is the default; `restricted` covers named people in cases and is redacted for roles that may not see it. */
export type Sensitivity = 'public' | 'restricted';

/** Who is asking. `public` sees public records only; `researcher` and `admin` see restricted ones too. */
export type Role = 'public' | 'researcher' | 'admin';

/** True when a role may read records of this sensitivity. */
export function canSee(role: Role, sensitivity: Sensitivity): boolean {
  return sensitivity === 'public' || role === 'researcher' || role === 'admin';
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const COUNTRY_SLUG = /^[A-Z]{2}$/;

export class InvalidIdError extends Error {
  override name = 'InvalidIdError';
}

/**
 * Splits `kind:slug` and checks it. Countries use ISO 3166-1 alpha-2 (`country:RS`);
 * other kinds lower-case slugs (`instrument:cn-rs-extradition-2024`).
 * @throws InvalidIdError naming the id and what was expected.
 */
export function parseId(id: string): { kind: EntityKind; slug: string } {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const slug = id.slice(colon + 1);
  if (colon < 1 || !isEntityKind(kind)) {
    throw new InvalidIdError(`id ${JSON.stringify(id)} must start with a kind (${ENTITY_KINDS.join(', ')}) and ':'`);
  }
  const ok = kind === 'country' ? COUNTRY_SLUG.test(slug) : SLUG.test(slug);
  if (!ok) {
    const want = kind === 'country' ? 'an ISO 3166-1 alpha-2 code' : 'a lower-case slug (a-z, 0-9, - and .)';
    throw new InvalidIdError(`id ${JSON.stringify(id)}: after '${kind}:' expected ${want}`);
  }
  return { kind, slug };
}

/** Makes a slug from free text: ASCII-folded, lower case, dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
