import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DATA, FIXTURE_TEXTS, runCli } from './helpers.js';

const COMMANDS = [
  'load',
  'ingest',
  'review',
  'search',
  'show',
  'treaties',
  'assess',
  'export',
  'import',
  'serve',
  'worker',
];

describe('longarm CLI', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'longarm-cli-'));
    db = join(dir, 'a.db');
    const loaded = await runCli(['load', '--db', db, '--data', FIXTURE_DATA, '--texts', FIXTURE_TEXTS, '--json']);
    expect(loaded.stderr).toBe('');
    expect(JSON.parse(loaded.stdout)).toMatchObject({ files: 1, statements: 9, inserted: 9, sourceTexts: 1 });
  });

  it('lists every command in --help, and each command has its own --help', async () => {
    const help = await runCli(['--help']);
    for (const c of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'm'));
    for (const c of COMMANDS) {
      // `review` groups subcommands; its options sit on each of them.
      const words = c === 'review' ? [c, 'list'] : [c];
      const r = await runCli([...words, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: longarm ${words.join(' ')}`);
      expect(r.stdout).toContain('--db');
      // Only commands that read as a role offer `--role`; the others would silently ignore it.
      const readsAsRole = ['search', 'show', 'treaties', 'export', 'assess', 'review'].includes(c);
      expect(r.stdout.includes('--role'), c).toBe(readsAsRole);
    }
  });

  it('prints treaties with per-party status, and --as-of changes it as the events say', async () => {
    const now = JSON.parse(
      (await runCli(['treaties', '--db', db, '--party', 'RS', '--type', 'extradition', '--json'])).stdout,
    ) as {
      id: string;
      status: { overall: string; parties: { party: string; status: string }[] };
    }[];
    expect(now).toHaveLength(1);
    expect(now[0]?.id).toBe('instrument:cn-rs-extradition-2024');
    expect(now[0]?.status.overall).toBe('ratified_by_some');
    expect(now[0]?.status.parties).toMatchObject([
      { party: 'country:CN', status: 'ratified' },
      { party: 'country:RS', status: 'signed' },
    ]);
    const then = JSON.parse((await runCli(['treaties', '--db', db, '--as-of', '2024-06-01', '--json'])).stdout) as {
      status: { overall: string };
    }[];
    expect(then[0]?.status.overall).toBe('signed');
  });

  it('rejects a malformed --as-of and an unknown country with a clear message and exit code', async () => {
    const badDate = await runCli(['treaties', '--db', db, '--as-of', '2024-13']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--as-of: invalid date "2024-13"/);
    const badCountry = await runCli(['treaties', '--db', db, '--party', 'ZZ']);
    expect(badCountry.code).toBe(2);
    expect(badCountry.stderr).toMatch(/unknown country code "ZZ"/);
  });

  it('searches with snippets, and hides restricted people from the public role', async () => {
    const hits = JSON.parse((await runCli(['search', '--db', db, 'Smederevo', '--json'])).stdout) as {
      entity: string;
      snippet: { hit: boolean; text: string }[];
    }[];
    expect(hits.map((h) => h.entity)).toContain('program:cn-rs-joint-police-patrols');
    const pub = JSON.parse(
      (await runCli(['search', '--db', db, 'Wang', '--kind', 'person', '--json'])).stdout,
    ) as unknown[];
    expect(pub).toEqual([]);
    const res = JSON.parse(
      (await runCli(['search', '--db', db, 'Wang', '--kind', 'person', '--json', '--role', 'researcher'])).stdout,
    ) as { entity: string }[];
    expect(res.map((h) => h.entity)).toEqual(['person:wang-fixture']);
  });

  it('shows an entity with its evidence spans from the source text', async () => {
    const view = JSON.parse(
      (await runCli(['show', '--db', db, 'instrument:cn-rs-extradition-2024', '--json'])).stdout,
    ) as {
      groups: { property: string; statements: { evidence: { status: string; quote: string } }[] }[];
    };
    const signed = view.groups.find((g) => g.property === 'signed');
    expect(signed?.statements[0]?.evidence).toMatchObject({
      status: 'verified',
      quote: 'signed in Belgrade in May 2024',
    });
    const missing = await runCli(['show', '--db', db, 'person:wang-fixture']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/no entity person:wang-fixture/);
  });

  it('round-trips export → import into an empty database → export byte-identically', async () => {
    const first = join(dir, 'first.ndjson');
    const second = join(dir, 'second.ndjson');
    const copy = join(dir, 'b.db');
    expect((await runCli(['export', '--db', db, '--role', 'admin', '--out', first])).code).toBe(0);
    const imported = await runCli(['import', first, '--db', copy, '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ statements: 9, sourceTexts: 1 });
    expect((await runCli(['export', '--db', copy, '--role', 'admin', '--out', second])).code).toBe(0);
    const a = readFileSync(first);
    expect(a.length).toBeGreaterThan(1000);
    expect(readFileSync(second).equals(a)).toBe(true);
  });

  it('exports only public records for the public role, in every format', async () => {
    for (const format of ['ndjson', 'csv', 'ftm']) {
      const r = await runCli(['export', '--db', db, '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('wang-fixture');
      expect(r.stdout.length).toBeGreaterThan(100);
    }
  });

  it('refuses a corrupt import with the line number and keeps the database unchanged', async () => {
    const bad = join(dir, 'bad.ndjson');
    const good = (await runCli(['export', '--db', db, '--role', 'admin'])).stdout.split('\n');
    writeFileSync(bad, [...good.slice(0, 3), '{"type":"statement","statement":{"id":"x"', ...good.slice(3)].join('\n'));
    const target = join(dir, 'c.db');
    const r = await runCli(['import', bad, '--db', target]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.ndjson: line 4: not valid JSON/);
    const after = await runCli(['export', '--db', target, '--role', 'admin']);
    expect(after.stdout).toBe('');
  });
});
