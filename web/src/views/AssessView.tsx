/**
 * @module Assess: the profile form and the screening brief, rendered for reading and printing.
 * The form lives in the query string, so a brief can be shared as a URL and re-run later.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, type AssessProfile, type AssessRequest, type Brief, type Citation, type Effect } from '../api';
import { Link, useQueryState } from '../router';
import {
  ASYLUM_STATUSES,
  CHARGE_CATEGORIES,
  GROUPS,
  INTERPOL_NOTICES,
  STAGES as PROFILE_STAGES,
} from '../../../src/assess/vocabulary';
import { COUNTRIES, countryName, entityHref, ErrorBox, Loading, SourceLine, useApi, useTitle } from '../ui';

// '' is the form's "not stated" choice; the rest are exactly the values the profile schema accepts.
const CHARGES = ['', ...CHARGE_CATEGORIES];
const STAGES = ['', ...PROFILE_STAGES];
const ASYLUM = ['', ...ASYLUM_STATUSES];
const NOTICES = ['', ...INTERPOL_NOTICES];
const TRISTATE = ['', 'yes', 'no'];

const EFFECT_TEXT: Readonly<Record<Effect, string>> = {
  bar: 'Bar to surrender',
  risk: 'Risk',
  protection: 'Protection to invoke',
  unknown: 'Unknown — find out',
  info: 'Context',
};

const FIELDS = [
  'host',
  'requesting',
  'as_of',
  'nationality',
  'groups',
  'charge',
  'charge_text',
  'asylum',
  'interpol',
  'custody',
  'stage',
  'assurances',
  'political',
] as const;
type Form = Record<(typeof FIELDS)[number], string>;

function words(s: string): string {
  return s.replace(/_/g, ' ');
}

function toRequest(f: Form): AssessRequest {
  const profile: AssessProfile = {};
  if (f.nationality) profile.nationality = f.nationality;
  if (f.groups) profile.groups = f.groups.split(',').filter(Boolean);
  if (f.charge) profile.charges = [{ category: f.charge, ...(f.charge_text ? { as_stated: f.charge_text } : {}) }];
  if (f.asylum) profile.asylum = { status: f.asylum };
  if (f.interpol) profile.interpol = { notice: f.interpol };
  if (f.custody) profile.detention = { in_custody: f.custody === 'yes' };
  if (f.stage) profile.stage = f.stage;
  if (f.assurances) profile.assurances = { offered: f.assurances === 'yes' };
  if (f.political) profile.political_activity = f.political === 'yes';
  return { host: f.host, requesting: f.requesting, profile, ...(f.as_of ? { as_of: f.as_of } : {}) };
}

function Select({
  name,
  label,
  options,
  form,
  set,
}: {
  name: keyof Form;
  label: string;
  options: readonly string[];
  form: Form;
  set: (k: keyof Form, v: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={form[name]} onChange={(e) => set(name, e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o === '' ? 'not known' : words(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

function CitationItem({ c }: { c: Citation }) {
  return (
    <li>
      <Link to={`${entityHref(c.entity)}#${c.statement}`}>{c.entity_name}</Link>: {words(c.property)} = {c.value}
      {c.note && <span className="muted"> ({c.note})</span>} — <SourceLine source={c.source} />
      {c.evidence.status === 'verified' && c.evidence.quote && (
        <blockquote className="evidence">
          <mark>{c.evidence.quote}</mark>
        </blockquote>
      )}
      {c.evidence.status !== 'verified' && (
        <>
          {' '}
          <span className="badge warn">not verified against text</span>
          {c.evidence.pinpoint && <span className="muted"> at {c.evidence.pinpoint}</span>}
        </>
      )}
    </li>
  );
}

function BriefView({ brief }: { brief: Brief }) {
  const host = brief.request.host;
  const req = brief.request.requesting;
  return (
    <article className="brief" aria-labelledby="brief-h">
      <h2 id="brief-h">
        Screening brief: {host.name ?? host.code} — request from {req.name ?? req.code}
      </h2>
      <p className="disclaimer" role="note">
        {brief.disclaimer}
      </p>
      <p className="muted">
        As of {brief.assessment_date} · record of {brief.record.date ?? 'unknown date'} ({brief.record.statements}{' '}
        statements, {brief.record.entities} entities) · generated {brief.generated_at} · read as {brief.role}
      </p>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          Print the brief
        </button>
      </p>
      <section aria-labelledby="findings-h">
        <h2 id="findings-h">Findings ({brief.findings.length})</h2>
        {brief.findings.map((f, i) => (
          <section key={`${f.rule}-${i}`} className={`finding effect-${f.effect}`} aria-labelledby={`f-${i}`}>
            <h3 id={`f-${i}`}>
              <span
                className={`badge effect ${f.effect === 'bar' || f.effect === 'risk' ? 'bad' : f.effect === 'protection' ? 'ok' : 'warn'}`}
              >
                {EFFECT_TEXT[f.effect]}
              </span>{' '}
              {f.title}
            </h3>
            <p>{f.summary}</p>
            {f.legal_basis.length > 0 && (
              <p>
                <strong>Legal basis:</strong>{' '}
                {f.legal_basis.map((b, n) => (
                  <span key={b.name}>
                    {n > 0 && '; '}
                    {b.url ? (
                      <a href={b.url} rel="noreferrer noopener" target="_blank">
                        {b.name}
                      </a>
                    ) : (
                      b.name
                    )}
                    {b.note && <span className="muted"> ({b.note})</span>}
                  </span>
                ))}
              </p>
            )}
            {f.facts_used.length > 0 && (
              <p className="muted">
                Facts used: {f.facts_used.map((x) => `${words(x.name)}: ${x.value} (${x.from})`).join(' · ')}
              </p>
            )}
            {f.citations.length > 0 && (
              <details className="citations" open>
                <summary>Citations ({f.citations.length})</summary>
                <ul>
                  {f.citations.map((c) => (
                    <CitationItem key={c.statement} c={c} />
                  ))}
                </ul>
              </details>
            )}
          </section>
        ))}
      </section>
      <section aria-labelledby="prec-h">
        <h2 id="prec-h">Precedents ({brief.precedents.length})</h2>
        {brief.precedents.length === 0 && <p className="muted">No precedent in the record.</p>}
        <ol>
          {brief.precedents.map((p) => (
            <li key={p.case}>
              <Link to={entityHref(p.case)}>{p.name}</Link>
              {p.latest_decision && <span className="muted"> · latest: {p.latest_decision}</span>}
              <div className="muted">Why listed: {p.relevance.join('; ')}</div>
              {p.decisions.length > 0 && (
                <ul>
                  {p.decisions.map((d) => (
                    <li key={d.id}>
                      <Link to={entityHref(d.id)}>{d.name}</Link>
                      {d.decided_on && ` (${d.decided_on})`}
                      {d.outcomes.length > 0 && ` — ${d.outcomes.map(words).join(', ')}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="unk-h">
        <h2 id="unk-h">Unknowns ({brief.unknowns.length})</h2>
        <ul>
          {brief.unknowns.map((u, i) => (
            <li key={i}>
              <strong>{u.question}</strong> <span className="muted">— {u.why}</span>
            </li>
          ))}
        </ul>
      </section>
      <details>
        <summary>Rules applied ({brief.rules.length})</summary>
        <ul>
          {brief.rules.map((r) => (
            <li key={r.id}>
              <strong>{r.title}</strong>: {r.decides}{' '}
              <span className="muted">(needs {r.needs.join(', ') || 'nothing'})</span>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

export default function AssessView() {
  const [query, setQuery] = useQueryState();
  const fromUrl = (): Form =>
    Object.fromEntries(
      FIELDS.map((k) => [k, query.get(k) ?? (k === 'host' ? 'RS' : k === 'requesting' ? 'CN' : '')]),
    ) as Form;
  const [form, setForm] = useState<Form>(fromUrl);
  const run = query.get('run') === '1';
  const urlKey = query.toString();
  useEffect(() => {
    setForm(fromUrl());
    // Re-read the form when the URL changes (back/forward, a shared link).
    // `fromUrl` reads `query`, which `urlKey` names.
  }, [urlKey]);
  useTitle('Assess');
  const set = (k: keyof Form, v: string): void => setForm((f) => ({ ...f, [k]: v }));
  const request = toRequest(fromUrl());
  const brief = useApi(run ? `assess:${urlKey}` : null, () => api.assess(request));

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setQuery({ ...form, run: '1' });
  };
  const groups = form.groups.split(',').filter(Boolean);

  return (
    <div>
      <h1>Assess an extradition request</h1>
      <p className="muted no-print">
        A screening aid for a person facing a request: protections, treaty status, precedents and risk flags, every line
        cited. Leave a field “not known” when it is: unknown facts are listed, never assumed.
      </p>
      <form className="assess-form" onSubmit={submit} aria-label="Profile">
        <label className="field">
          <span>Host state (holding the person)</span>
          <select value={form.host} onChange={(e) => set('host', e.target.value)} required>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Requesting state</span>
          <select value={form.requesting} onChange={(e) => set('requesting', e.target.value)} required>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>As of (default today)</span>
          <input
            type="text"
            placeholder="YYYY-MM-DD"
            value={form.as_of}
            onChange={(e) => set('as_of', e.target.value.trim())}
          />
        </label>
        <label className="field">
          <span>Nationality</span>
          <select value={form.nationality} onChange={(e) => set('nationality', e.target.value)}>
            <option value="">not known</option>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <Select name="charge" label="Charge category" options={CHARGES} form={form} set={set} />
        <label className="field">
          <span>Charge as stated in the request</span>
          <input type="text" value={form.charge_text} onChange={(e) => set('charge_text', e.target.value)} />
        </label>
        <Select name="stage" label="Stage of proceedings" options={STAGES} form={form} set={set} />
        <Select name="asylum" label="Asylum status" options={ASYLUM} form={form} set={set} />
        <Select name="interpol" label="INTERPOL notice" options={NOTICES} form={form} set={set} />
        <Select name="custody" label="In extradition custody" options={TRISTATE} form={form} set={set} />
        <Select name="assurances" label="Diplomatic assurances offered" options={TRISTATE} form={form} set={set} />
        <Select
          name="political"
          label="Known for political, religious or rights activity"
          options={TRISTATE}
          form={form}
          set={set}
        />
        <fieldset>
          <legend>Groups bearing on persecution risk</legend>
          {GROUPS.map((g) => (
            <label key={g}>
              <input
                type="checkbox"
                checked={groups.includes(g)}
                onChange={(e) =>
                  set('groups', (e.target.checked ? [...groups, g] : groups.filter((x) => x !== g)).join(','))
                }
              />{' '}
              {words(g)}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            Assess
          </button>
          <span className="muted">
            {countryName(form.host)} holding, {countryName(form.requesting)} requesting
          </span>
        </div>
      </form>
      {brief.error && <ErrorBox error={brief.error} />}
      {run && brief.loading && <Loading what="the brief" />}
      {brief.data && <BriefView brief={brief.data} />}
    </div>
  );
}
