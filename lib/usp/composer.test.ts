import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftLine, NeedLink } from '../model/usp';
import { UspCaseFile, buildCase, type BuiltCase } from './cases';
import { clause, composeDraft, type ComposeInput } from './composer';
import { matchNeeds } from './matcher';
import { draftToMarkdown, draftToPlainText } from './render';
import { TEMPLATES } from './templates';
import { tokenize } from './text';

const GOLDEN = join(__dirname, '__golden__');
const FIXTURES = join(__dirname, '../../test/fixtures/usp');

function loadCase(file: string, id: string) {
  const c = UspCaseFile.parse(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'))).cases.find(
    (x) => x.id === id,
  );
  if (!c) throw new Error(`no case ${id}`);
  return { c, built: buildCase(c) };
}

function inputFor(built: BuiltCase, language: 'ru' | 'en', links?: NeedLink[]): ComposeInput {
  return {
    ...built,
    links: links ?? matchNeeds(built.needs, built.offer).links,
    language,
  };
}

/** Compare with the checked-in file; UPDATE_GOLDEN=1 rewrites it instead. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const ru = loadCase('metal-industrial.json', 'ru-metal-pipes');
const en = loadCase('metal-industrial.json', 'en-industrial-pumps');

describe('composeDraft: golden files', () => {
  it.each([
    ['ru', ru],
    ['en', en],
  ] as const)('%s draft as plain text and Markdown', (lang, { built }) => {
    const lines = composeDraft(inputFor(built, lang));
    golden(`draft-${lang}.txt`, draftToPlainText(lines));
    golden(`draft-${lang}.md`, draftToMarkdown(lines));
  });
});

describe('composeDraft: structure', () => {
  const lines = composeDraft(inputFor(en.built, 'en'));

  it('has a headline naming the client and its main pain, an intro, answers, a next step', () => {
    const kinds = lines.map((l) => l.kind);
    expect(kinds[0]).toBe('headline');
    expect(lines[0]!.text).toContain(en.built.prospect.name);
    expect(lines[0]!.text).toContain(clause(en.c.pains[0]!));
    expect(kinds).toContain('intro');
    expect(kinds).toContain('next_step');
    expect(kinds.indexOf('next_step')).toBeGreaterThan(kinds.lastIndexOf('answer'));
  });

  it('records which need and property each answer line is for', () => {
    for (const l of lines.filter((x) => x.kind === 'answer')) {
      expect(l.needId).toBeDefined();
      expect(l.propertyId).toBeDefined();
    }
  });

  it('lists unmatched needs apart, as gaps, after everything for the client', () => {
    const gaps = lines.filter((l) => l.kind === 'gap');
    expect(gaps.map((g) => g.needId)).toEqual([en.built.needs[3]!.id]);
    expect(gaps[0]!.text).toContain('no answer');
    expect(lines.at(-1)!.kind).toBe('gap');
  });

  it('sets us apart from the competitor the client uses, by its weakness', () => {
    const diff = lines.filter((l) => l.kind === 'differentiator');
    expect(diff[0]!.text).toContain('FlowServe Direct');
    expect(diff[0]!.text).toContain('Regional depot');
  });

  it('follows the rep: a confirmed link wins, a removed link is not used', () => {
    const [n0, n1] = en.built.needs;
    const props = en.built.offer.properties;
    const links: NeedLink[] = [
      { needId: n0!.id, propertyId: props[2]!.id, status: 'confirmed' },
      { needId: n1!.id, propertyId: props[1]!.id, status: 'removed' },
      { needId: n1!.id, propertyId: props[1]!.id, status: 'suggested' },
    ];
    const out = composeDraft(inputFor(en.built, 'en', links));
    expect(out.find((l) => l.kind === 'answer' && l.needId === n0!.id)?.propertyId).toBe(
      props[2]!.id,
    );
    expect(out.find((l) => l.needId === n1!.id)?.kind).toBe('gap');
  });

  it('puts the emphasised concerns first: money for a director, reliability for an engineer', () => {
    const base = en.built;
    const order = (position: string) =>
      composeDraft(inputFor({ ...base, decisionMaker: { ...base.decisionMaker!, position } }, 'en'))
        .filter((l) => l.kind === 'answer')
        .map((l) => l.needId);
    expect(order('CFO')[0]).toBe(base.needs[2]!.id); // electricity cost
    expect(order('Chief Engineer')[0]).toBe(base.needs[0]!.id); // pump failure downtime
  });

  it('high-priority needs come before the emphasis order', () => {
    const base = en.built;
    const needs = base.needs.map((n, i) => (i === 1 ? { ...n, priority: 'high' as const } : n));
    const out = composeDraft(inputFor({ ...base, needs }, 'en'));
    expect(out.find((l) => l.kind === 'answer')?.needId).toBe(base.needs[1]!.id);
  });

  it('without any answer, the headline still names the client', () => {
    const out = composeDraft(inputFor(ru.built, 'ru', []));
    expect(out[0]!.text).toBe(`Предложение для ${ru.built.prospect.name}`);
    expect(out.filter((l) => l.kind === 'gap')).toHaveLength(ru.built.needs.length);
  });
});

describe('composeDraft: nothing invented', () => {
  /** Everything the offer profile says: the only source of claims. */
  function offerTexts(built: BuiltCase): string[] {
    const o = built.offer;
    return [
      ...o.properties.flatMap((p) => [p.statement, p.proof, p.conditions]),
      ...o.differentiators.map((d) => d.statement),
      ...o.competitors.map((c) => c.weaknesses),
    ]
      .map(clause)
      .filter(Boolean);
  }

  function check(built: BuiltCase, lang: 'ru' | 'en', lines: DraftLine[]) {
    const claims = offerTexts(built);
    // Inserted values that are not claims: the client's words and names.
    const others = [
      ...built.needs.map((n) => clause(n.statement)),
      clause(built.prospect.name),
      clause(built.decisionMaker?.fullName ?? ''),
      ...built.offer.competitors.map((c) => clause(c.name)),
    ].filter(Boolean);
    const t = TEMPLATES[lang];
    const templateWords = new Set(
      tokenize(
        [
          t.headline,
          t.headlineNoAnswer,
          t.intro,
          t.introNoName,
          ...Object.values(t.focus),
          t.answer,
          t.proof,
          t.conditions,
          t.versusCompetitor,
          t.apartFrom,
          ...Object.values(t.nextStep),
          t.gap,
        ]
          .join(' ')
          .replace(/\{\w+\}/g, ' '),
      ),
    );
    for (const line of lines) {
      if (line.kind === 'answer') {
        const p = built.offer.properties.find((x) => x.id === line.propertyId)!;
        expect(claims).toContain(clause(p.statement));
        expect(line.text).toContain(clause(p.statement));
      }
      // Remove every inserted value, longest first; what is left must be template words only.
      let rest = line.text;
      for (const v of [...claims, ...others].sort((a, b) => b.length - a.length))
        rest = rest.split(v).join(' ');
      for (const w of tokenize(rest)) expect(templateWords, `"${w}" in: ${line.text}`).toContain(w);
    }
  }

  it.each([
    ['ru', ru],
    ['en', en],
  ] as const)('%s: every word is from the offer, the client, or a template', (lang, { built }) => {
    check(built, lang, composeDraft(inputFor(built, lang)));
  });

  it('holds for every fixture case', () => {
    for (const file of [
      'metal-industrial.json',
      'logistics-it.json',
      'packaging-food-office.json',
    ]) {
      for (const c of UspCaseFile.parse(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')))
        .cases) {
        const built = buildCase(c);
        check(built, c.lang, composeDraft(inputFor(built, c.lang)));
      }
    }
  });
});

describe('composeDraft: determinism', () => {
  it('same input, same lines, byte for byte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(ru, en),
        fc.constantFrom('ru', 'en') as fc.Arbitrary<'ru' | 'en'>,
        ({ built }, lang) => {
          const a = JSON.stringify(composeDraft(inputFor(built, lang)));
          const b = JSON.stringify(composeDraft(inputFor(structuredClone(built), lang)));
          expect(a).toBe(b);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('rendering', () => {
  it('escapes Markdown in inserted text', () => {
    const md = draftToMarkdown([{ kind: 'headline', text: 'A *bold* [claim]' }], 'en');
    expect(md).toBe('# A \\*bold\\* \\[claim\\]\n');
  });

  it('leaves the gap lines (notes for the rep) out of the text and the Markdown for the client', () => {
    const lines: DraftLine[] = [
      { kind: 'headline', text: 'H' },
      { kind: 'gap', text: 'G', needId: 'n' },
    ];
    expect(draftToPlainText(lines, 'en')).toBe('H\n');
    expect(draftToMarkdown(lines, 'en')).toBe('# H\n');
  });
});
