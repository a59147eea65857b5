import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, parseBundle } from './parseBundle';
import { FIXTURES } from './testing';

const text = readFileSync(join(FIXTURES, 'bundle.json'), 'utf8');
const raw = () =>
  JSON.parse(text) as {
    schemaVersion: number;
    data: Record<string, Array<Record<string, unknown>>>;
  };

describe('reading a bundle file', () => {
  it('accepts the fixture', () => {
    const r = parseBundle(text);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello, world', 'not_json', ''],
    ['truncated', text.slice(0, text.length / 2), 'truncated', ''],
    ['empty', '  ', 'empty', ''],
    ['another product', JSON.stringify({ version: 2, items: [] }), 'foreign', 'format'],
    ['an array', '[1,2]', 'foreign', ''],
    [
      'newer schema',
      JSON.stringify({ ...raw(), schemaVersion: 99 }),
      'newer_version',
      'schemaVersion',
    ],
  ])('refuses %s', (_name, input, code, path) => {
    const r = parseBundle(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe(code);
      expect(r.problem.path).toBe(path);
    }
  });

  it('names the field path of an invalid record', () => {
    const bad = raw();
    bad.data.people![1]!.role = 'boss';
    const r = parseBundle(JSON.stringify(bad));
    expect(r).toMatchObject({
      ok: false,
      problem: { code: 'invalid', path: 'data.people[1].role' },
    });
  });

  it('refuses orphans, duplicate ids and a domain owned twice', () => {
    const orphan = raw();
    orphan.data.needs![0]!.prospectId = 'nobody';
    expect(parseBundle(JSON.stringify(orphan))).toMatchObject({
      ok: false,
      problem: { code: 'inconsistent', path: 'data.needs[0].prospectId' },
    });
    const twice = raw();
    (twice.data.prospects![1]!.domains as string[]).push('tehnoprom.ru');
    expect(parseBundle(JSON.stringify(twice))).toMatchObject({
      ok: false,
      problem: { code: 'inconsistent', path: 'data.prospects[1].domains[1]' },
    });
    const dup = raw();
    dup.data.people!.push({ ...dup.data.people![0]! });
    expect(parseBundle(JSON.stringify(dup))).toMatchObject({
      ok: false,
      problem: { code: 'inconsistent', path: 'data.people[3].id' },
    });
  });

  it('refuses a 100 MB file before parsing it', () => {
    const huge = ' '.repeat(MAX_BUNDLE_BYTES + 1);
    expect(parseBundle(huge)).toMatchObject({ ok: false, problem: { code: 'too_large' } });
  });

  it('upgrades an older version step by step before validating', () => {
    const old = raw();
    // A made-up version 1 → 2 step that renamed a field, as a future schema change would.
    for (const p of old.data.people!) {
      p.title = p.position;
      delete p.position;
    }
    const upgrades = {
      1: (data: unknown) => {
        const d = data as { people: Array<Record<string, unknown>> };
        return {
          ...d,
          people: d.people.map(({ title, ...rest }) => ({ ...rest, position: title })),
        };
      },
    };
    const r = parseBundle(JSON.stringify(old), { currentVersion: 2, upgrades });
    expect(r.ok && r.bundle.schemaVersion).toBe(2);
    expect(r.ok && r.bundle.data.people.find((p) => p.id === 'person-1')?.position).toBe(
      'Главный инженер',
    );
  });

  it('fills fields added later with their defaults (an older bundle without them)', () => {
    const old = raw();
    delete old.data.briefs![0]!.askedQuestionIds;
    const r = parseBundle(JSON.stringify(old));
    expect(r.ok && r.bundle.data.briefs[0]!.askedQuestionIds).toEqual([]);
  });
});
