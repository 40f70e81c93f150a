/**
 * @module The typed client of the Longarm HTTP API. The UI reaches the server only through this
 * file. Shapes mirror the route schemas in src/api/routes/*\/schema.ts. Errors arrive as
 * application/problem+json and are thrown as {@link ApiError}.
 */

export type EntityKind =
  | 'country'
  | 'organization'
  | 'court'
  | 'person'
  | 'instrument'
  | 'decision'
  | 'case'
  | 'program'
  | 'project'
  | 'resolution'
  | 'source';

export type Status =
  | 'unknown'
  | 'negotiated'
  | 'signed'
  | 'ratified'
  | 'ratified_by_some'
  | 'in_force'
  | 'rejected'
  | 'suspended'
  | 'terminated';

export interface Value {
  type: 'text' | 'number' | 'money' | 'date' | 'ref' | 'unknown' | 'none';
  text?: string;
  amount?: number;
  unit?: string;
  currency?: string;
  date?: string;
  id?: string;
}

export interface SourceMeta {
  title: string;
  publisher?: string;
  author?: string;
  url?: string;
  published?: string;
  language?: string;
  sha256?: string;
  reliability?: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  sensitivity: 'public' | 'restricted';
  status?: 'candidate';
  source?: SourceMeta;
}

export interface Locator {
  sha256: string;
  start: number;
  end: number;
}

export interface Statement {
  id: string;
  entity: string;
  property: string;
  value: Value;
  qualifiers: Record<string, unknown>;
  source: string;
  locator: Locator | null;
  pinpoint?: string;
  status: 'candidate' | 'accepted' | 'rejected' | 'disputed';
  rank: 'preferred' | 'normal' | 'deprecated';
  sensitivity: 'public' | 'restricted';
  supersedes?: string;
  recorded_at: string;
  recorded_by: string;
}

export interface Evidence {
  status: 'verified' | 'mismatch' | 'text_not_held' | 'pinpoint';
  before?: string;
  quote?: string;
  after?: string;
  pinpoint?: string;
}

export interface SourceRef {
  id: string;
  name: string;
  url?: string;
  published?: string;
  reliability?: string;
}

export interface StatementView {
  statement: Statement;
  display: string;
  source: SourceRef;
  evidence: Evidence;
  supersededBy?: string;
}

export interface PropertyGroup {
  property: string;
  label: string;
  conflicting: boolean;
  statements: StatementView[];
}

export interface EntityView {
  entity: Entity;
  groups: PropertyGroup[];
  referencedBy: StatementView[];
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface SourceView {
  id: string;
  name: string;
  aliases: string[];
  source: SourceMeta;
  textHeld: boolean;
  statements: number;
  citedBy: string[];
}

export interface Facet {
  value: string;
  count: number;
  /** What to show for an id value (a source's title). */
  label?: string;
}

export interface SearchHit {
  entity: string;
  kind: EntityKind;
  name: string;
  snippet: { text: string; hit: boolean }[];
  score: number;
  countries: string[];
  dates: { from: string; to: string } | null;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  limit: number;
  offset: number;
  facets: {
    kind: Facet[];
    country: Facet[];
    year: Facet[];
    source: Facet[];
    dateRange: { from: string; to: string } | null;
  };
}

export interface SearchQuery {
  q: string;
  kind?: string;
  country?: string;
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

export interface PartyStatus {
  party: string;
  status: Status;
  notYet?: string[];
  uncertain?: unknown[];
}

export interface TreatyEvent {
  statement: string;
  event: string;
  party: string | null;
  value: Value;
  asOf?: string;
  source: string;
  locator: Locator | null;
  pinpoint?: string;
}

export interface TreatyView {
  id: string;
  name: string;
  types: string[];
  parties: string[];
  status: {
    asOf: string;
    overall: Status;
    overallParties: string[];
    parties: PartyStatus[];
    conflicts: { event: string; party: string | null; statements: string[]; reason: string }[];
  };
  label: string;
  events: TreatyEvent[];
}

export interface TimelineEvent {
  date: string;
  precision: 'year' | 'quarter' | 'month' | 'day';
  start: string;
  end: string;
  entity: string;
  entityName: string;
  kind: EntityKind;
  event: string;
  label: string;
  party?: string;
  statement: string;
  source: string;
}

export interface TimelineQuery {
  entity?: string;
  country?: string;
  kind?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface GraphNode {
  id: string;
  kind: EntityKind;
  name: string;
  depth: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  property: string;
  label: string;
  statement: string;
}

export interface Graph {
  center: string;
  depth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export type ProgramCategory = 'patrol' | 'police_station' | 'surveillance' | 'other';

export interface MapView {
  requesting: string;
  asOf: string | null;
  type: string | null;
  countries: {
    id: string;
    code: string;
    name: string;
    instruments: { id: string; name: string; types: string[]; status: Status; label: string }[];
    byType: { type: string; status: Status; instruments: string[] }[];
  }[];
  points: {
    city: string;
    country: string;
    lat: number;
    lon: number;
    programs: { id: string; name: string; category: ProgramCategory; programTypes: string[] }[];
  }[];
  unplacedCities: string[];
}

export interface CountryItem {
  id: string;
  kind: EntityKind;
  name: string;
  via: string[];
  summary: string;
  category?: ProgramCategory;
  date?: string;
}

export interface CountryView {
  id: string;
  code: string;
  name: string;
  asOf: string | null;
  instruments: TreatyView[];
  cases: CountryItem[];
  decisions: CountryItem[];
  programs: CountryItem[];
  projects: CountryItem[];
  others: CountryItem[];
  figures: {
    statement: string;
    property: string;
    label: string;
    display: string;
    estimate?: string;
    asOf?: string;
    source: string;
  }[];
  exposure: {
    instruments: number;
    instrumentsByStatus: Record<string, number>;
    instrumentsByType: Record<string, number>;
    cases: number;
    decisions: number;
    programs: number;
    programsByCategory: Record<string, number>;
    projects: number;
    statements: number;
  };
}

export type JobFileStatus = 'pending' | 'running' | 'done' | 'duplicate' | 'failed';

export interface IngestJob {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  created: string;
  started?: string;
  finished?: string;
  files: {
    name: string;
    size: number;
    status: JobFileStatus;
    stage?: string;
    candidates?: number;
    /** The source entity the file was stored as, once it is. */
    source?: string;
    error?: string;
  }[];
  summary?: { documents: number; duplicates: number; candidates: number; errors: number };
  errors: string[];
}

export interface ReviewOutcome {
  statement: string;
  status: Statement['status'];
  replacement?: string;
  /** Candidate entities the decision accepted along with the statement. */
  acceptedEntities?: string[];
}

export interface ReviewActor {
  who: string;
  why: string;
}

/** The profile of the person, as `longarm assess --profile` takes it (every field optional). */
export interface AssessProfile {
  nationality?: string;
  groups?: string[];
  political_activity?: boolean;
  activity_description?: string;
  charges?: { category: string; as_stated?: string }[];
  asylum?: { status: string; country?: string; since?: string };
  interpol?: { notice: string; issued?: string; ccf?: string };
  detention?: { in_custody: boolean; since?: string };
  stage?: string;
  assurances?: { offered: boolean; kinds?: string[] };
  notes?: string;
}

export interface AssessRequest {
  host: string;
  requesting: string;
  profile?: AssessProfile;
  as_of?: string;
}

export type Effect = 'bar' | 'protection' | 'risk' | 'info' | 'unknown';

export interface Citation {
  statement: string;
  entity: string;
  entity_name: string;
  property: string;
  value: string;
  confidence?: number;
  note?: string;
  source: SourceRef;
  evidence: { status: Evidence['status']; quote?: string; pinpoint?: string };
}

export interface Finding {
  rule: string;
  title: string;
  effect: Effect;
  summary: string;
  legal_basis: { name: string; note?: string; url?: string }[];
  facts_used: { name: string; value: string; from: 'request' | 'profile' | 'record'; statements?: string[] }[];
  citations: Citation[];
}

export interface Precedent {
  case: string;
  name: string;
  host_state: string | null;
  requesting_state: string | null;
  charges: string[];
  groups: string[];
  latest_decision: string | null;
  decisions: {
    id: string;
    name: string;
    court: string | null;
    court_level: string | null;
    decided_on: string | null;
    outcomes: string[];
    grounds: string[];
  }[];
  relevance: string[];
  citations: Citation[];
}

export interface Brief {
  kind: 'longarm.assess.brief';
  version: 1;
  generated_at: string;
  assessment_date: string;
  record: { date: string | null; statements: number; entities: number };
  role: 'public' | 'researcher' | 'admin';
  disclaimer: string;
  request: {
    host: { code: string; name: string | null; known: boolean };
    requesting: { code: string; name: string | null; known: boolean };
    profile: AssessProfile;
  };
  findings: Finding[];
  precedents: Precedent[];
  unknowns: { rule: string; question: string; why: string }[];
  rules: { id: string; title: string; needs: string[]; decides: string }[];
}

/** An RFC 9457 problem from the server, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KEY_STORAGE = 'longarm.apiKey';

/** The API key used for review and ingestion; kept for the browser session only. */
export function getApiKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

export function setApiKey(key: string): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    /* storage unavailable: the key lasts for this page only */
  }
}

function authHeaders(): Record<string, string> {
  const key = getApiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

type Params = Record<string, string | number | boolean | undefined | null>;

/** Builds `path?query` from defined, non-empty parameters. */
export function withQuery(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function problemOf(res: Response): Promise<ApiError> {
  let body: { title?: string; code?: string; errors?: { field: string; message: string }[] } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    /* not JSON */
  }
  return new ApiError(
    res.status,
    body.code ?? 'http_error',
    body.title ?? `${res.status} ${res.statusText}`,
    body.errors,
  );
}

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...authHeaders(), ...(init.headers as Record<string, string>) },
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', `could not reach the server: ${(e as Error).message}`);
  }
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as T;
}

function post<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const enc = encodeURIComponent;

export const api = {
  entities: (q: { kind?: string; limit?: number; offset?: number } = {}, signal?: AbortSignal) =>
    request<Page<Entity>>(withQuery('/api/entities', q), {}, signal),
  entity: (id: string, signal?: AbortSignal) => request<EntityView>(`/api/entities/${enc(id)}`, {}, signal),
  statement: (id: string, signal?: AbortSignal) => request<StatementView>(`/api/statements/${enc(id)}`, {}, signal),
  source: (id: string, signal?: AbortSignal) => request<SourceView>(`/api/sources/${enc(id)}`, {}, signal),
  sourceText: (id: string, signal?: AbortSignal) =>
    request<{ text: string }>(`/api/sources/${enc(id)}/text`, {}, signal),
  search: (q: SearchQuery, signal?: AbortSignal) =>
    request<SearchResult>(withQuery('/api/search', { ...q }), {}, signal),
  treaties: (q: { party?: string; type?: string; as_of?: string } = {}, signal?: AbortSignal) =>
    request<TreatyView[]>(withQuery('/api/treaties', q), {}, signal),
  timeline: (q: TimelineQuery = {}, signal?: AbortSignal) =>
    request<{ events: TimelineEvent[]; total: number }>(withQuery('/api/timeline', { ...q }), {}, signal),
  graph: (entity: string, depth = 1, signal?: AbortSignal) =>
    request<Graph>(withQuery('/api/graph', { entity, depth }), {}, signal),
  map: (q: { requesting?: string; type?: string; as_of?: string } = {}, signal?: AbortSignal) =>
    request<MapView>(withQuery('/api/map', q), {}, signal),
  country: (code: string, asOf?: string, signal?: AbortSignal) =>
    request<CountryView>(withQuery(`/api/countries/${enc(code)}`, { as_of: asOf }), {}, signal),
  review: (q: { limit?: number; offset?: number; source?: string } = {}, signal?: AbortSignal) =>
    request<Page<StatementView>>(withQuery('/api/review', q), {}, signal),
  accept: (id: string, actor: ReviewActor) => post<ReviewOutcome>(`/api/review/${enc(id)}/accept`, actor),
  reject: (id: string, actor: ReviewActor) => post<ReviewOutcome>(`/api/review/${enc(id)}/reject`, actor),
  edit: (
    id: string,
    edit: ReviewActor & {
      value?: Value;
      property?: string;
      qualifiers?: Record<string, unknown>;
      sensitivity?: 'public' | 'restricted';
    },
  ) => post<ReviewOutcome>(`/api/review/${enc(id)}/edit`, edit),
  assess: (req: AssessRequest) => post<Brief>('/api/assess', req),
  job: (id: string, signal?: AbortSignal) => request<IngestJob>(`/api/ingest/${enc(id)}`, {}, signal),
};

/**
 * Uploads one file for ingestion with upload progress (XMLHttpRequest: fetch reports none).
 * Resolves with the job to poll; rejects with an ApiError.
 */
export function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  options: { restricted?: boolean } = {},
): Promise<IngestJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    const key = getApiKey();
    if (key) xhr.setRequestHeader('authorization', `Bearer ${key}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload failed: could not reach the server'));
    xhr.onload = () => {
      let body: { title?: string; code?: string } & Partial<IngestJob> = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as IngestJob);
      else reject(new ApiError(xhr.status, body.code ?? 'http_error', body.title ?? `upload failed (${xhr.status})`));
    };
    const form = new FormData();
    form.append('files', file, file.name);
    if (options.restricted) form.append('restricted', 'true');
    xhr.send(form);
  });
}
