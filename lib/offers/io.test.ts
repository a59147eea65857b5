import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleProfile } from './example';
import {
  exportFileName,
  exportProfiles,
  fileSizeProblem,
  formatPath,
  MAX_OFFER_FILE_BYTES,
  OFFER_FILE_FORMAT,
  parseProfilesFile,
} from './io';

const GOLDEN = join(__dirname, '__golden__');
// A frozen clock: 2026-01-15 09:30 UTC.
const NOW = Date.UTC(2026, 0, 15, 9, 30);

/** Compare with the checked-in file; UPDATE_GOLDEN=1 rewrites it instead. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const ru = exampleProfile('ru', 'example-ru', NOW);
const en = exampleProfile('en', 'example-en', NOW);

function fileWith(profiles: unknown[]): string {
  return JSON.stringify({ format: OFFER_FILE_FORMAT, version: 1, profiles });
}

describe('exportProfiles', () => {
  it.each([
    ['ru', ru],
    ['en', en],
  ] as const)('the %s example profile exports byte for byte as the golden file', (lang, p) => {
    golden(`example-${lang}.json.golden`, exportProfiles([p], NOW));
  });

  it('round-trips: what is exported imports back equal', () => {
    const result = parseProfilesFile(exportProfiles([ru, en], NOW));
    expect(result).toEqual({ ok: true, profiles: [ru, en] });
  });

  it('names the file after the profile and the day', () => {
    expect(exportFileName([en], NOW)).toBe(
      'dealbrief-offers-Steel-from-stock-example-2026-01-15.json',
    );
    expect(exportFileName([en, ru], NOW)).toBe('dealbrief-offers-2026-01-15.json');
  });
});

describe('parseProfilesFile', () => {
  it('fills defaults of optional fields, like every other read', () => {
    const result = parseProfilesFile(
      fileWith([
        {
          id: 'a',
          name: 'A',
          properties: [{ id: 'p', statement: 'x' }],
          createdAt: 1,
          updatedAt: 1,
        },
      ]),
    );
    expect(result.ok && result.profiles[0]!.properties[0]).toEqual({
      id: 'p',
      statement: 'x',
      categories: [],
      keywords: [],
      proof: '',
      conditions: '',
    });
  });

  it('refuses what is not JSON, not an offer file, or a future version', () => {
    expect(parseProfilesFile('{ nope')).toEqual({ ok: false, problem: { kind: 'not_json' } });
    expect(parseProfilesFile('[1,2]')).toEqual({ ok: false, problem: { kind: 'not_offer_file' } });
    expect(parseProfilesFile('{"prospects":[]}')).toEqual({
      ok: false,
      problem: { kind: 'not_offer_file' },
    });
    expect(
      parseProfilesFile(`{"format":"${OFFER_FILE_FORMAT}","version":2,"profiles":[]}`),
    ).toEqual({
      ok: false,
      problem: { kind: 'unsupported_version', version: '2' },
    });
    expect(parseProfilesFile(' '.repeat(MAX_OFFER_FILE_BYTES + 1))).toEqual({
      ok: false,
      problem: { kind: 'too_large', maxBytes: MAX_OFFER_FILE_BYTES },
    });
    // A picked file is refused from its size, before it is read.
    expect(fileSizeProblem(2_000_000_000)).toEqual({
      kind: 'too_large',
      maxBytes: MAX_OFFER_FILE_BYTES,
    });
    expect(fileSizeProblem(MAX_OFFER_FILE_BYTES)).toBeNull();
  });

  it('names the field path of the first problem, and returns nothing to write', () => {
    const good = JSON.parse(JSON.stringify(en)) as typeof en;
    const bad = JSON.parse(JSON.stringify(ru)) as Record<string, unknown> & {
      properties: Array<Record<string, unknown>>;
    };
    bad.properties[2]!.categories = ['payment_terms', 'cheapness'];
    const result = parseProfilesFile(fileWith([good, bad]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({
      kind: 'invalid',
      path: 'profiles[1].properties[2].categories[1]',
      detail: { code: 'value' },
    });
  });

  it('tells a missing field from a wrong type and a too long text', () => {
    const missing = parseProfilesFile(fileWith([{ id: 'a', createdAt: 1, updatedAt: 1 }]));
    expect(!missing.ok && missing.problem).toEqual({
      kind: 'invalid',
      path: 'profiles[0].name',
      detail: { code: 'missing' },
    });
    const wrong = parseProfilesFile(fileWith([{ id: 'a', name: 7, createdAt: 1, updatedAt: 1 }]));
    expect(!wrong.ok && wrong.problem).toEqual({
      kind: 'invalid',
      path: 'profiles[0].name',
      detail: { code: 'type', expected: 'string' },
    });
    const long = parseProfilesFile(
      fileWith([{ id: 'a', name: 'x'.repeat(501), createdAt: 1, updatedAt: 1 }]),
    );
    expect(!long.ok && long.problem).toEqual({
      kind: 'invalid',
      path: 'profiles[0].name',
      detail: { code: 'too_long', max: 500 },
    });
  });

  it('refuses duplicate ids, which would make links ambiguous', () => {
    const twice = parseProfilesFile(fileWith([en, en]));
    expect(!twice.ok && twice.problem).toEqual({
      kind: 'duplicate_id',
      path: 'profiles[1].id',
      id: 'example-en',
    });
    const props = { ...en, properties: [en.properties[0], en.properties[0]] };
    const inside = parseProfilesFile(fileWith([props]));
    expect(!inside.ok && inside.problem).toEqual({
      kind: 'duplicate_id',
      path: 'profiles[0].properties[1].id',
      id: 'example-p1',
    });
  });

  it('formats paths the way people read them', () => {
    expect(formatPath(['profiles', 0, 'properties', 2, 'proof'])).toBe(
      'profiles[0].properties[2].proof',
    );
    expect(formatPath([])).toBe('');
  });
});
