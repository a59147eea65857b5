import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import { parseBundle } from '@/lib/io/parseBundle';
import { FIXTURES } from '@/lib/io/testing';
import { bundleDetailText } from './importProblem';

const text = readFileSync(join(FIXTURES, 'bundle.json'), 'utf8');
type Raw = { schemaVersion: number; data: Record<string, Array<Record<string, unknown>>> };
const changed = (change: (raw: Raw) => void) => {
  const raw = JSON.parse(text) as Raw;
  change(raw);
  return JSON.stringify(raw);
};

const en = createTranslator('en');
const ru = createTranslator('ru');

// The details line of a refused bundle was the engine's or the parser's English in every UI.
describe('why a bundle is refused, in the rep’s language', () => {
  it.each([
    [
      'not JSON',
      '{"format": dealbrief}',
      'текст нарушает правила JSON, поэтому его нельзя прочитать',
    ],
    ['a list', '[1, 2]', 'в нём список или одно значение, а не набор записей'],
    ['no format', '{"items": []}', 'значение отсутствует'],
    ['another format', '{"format": "crm-export"}', 'указан формат "crm-export"'],
    [
      'a newer version',
      changed((r) => (r.schemaVersion = 99)),
      'версия данных 99; эта версия DealBrief читает только до 1',
    ],
    [
      'an unknown role',
      changed((r) => (r.data.people![1]!.role = 'boss')),
      'допустимые значения: decision_maker, influencer, gatekeeper, economic_buyer, technical_expert, user, champion, blocker, …',
    ],
    [
      'a name that is a number',
      changed((r) => (r.data.prospects![0]!.name = 7)),
      'ожидается текст',
    ],
    ['a missing field', changed((r) => delete r.data.needs![0]!.statement), 'значение отсутствует'],
    [
      'a duplicate prospect',
      changed((r) => r.data.prospects!.push({ ...r.data.prospects![0]!, domains: ['x.ru'] })),
      '«p-tehnoprom» встречается дважды',
    ],
    [
      'a domain owned twice',
      changed((r) => (r.data.prospects![1]!.domains as string[]).push('northwind.com')),
      'northwind.com принадлежит двум клиентам',
    ],
    [
      'an orphan record',
      changed((r) => (r.data.needs![0]!.prospectId = 'nobody')),
      'клиента «nobody» в файле нет',
    ],
  ])('%s', (_name, input, russian) => {
    const r = parseBundle(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const detail = r.problem.detail!;
    expect(bundleDetailText(ru, detail)).toBe(russian);
    const english = bundleDetailText(en, detail);
    expect(english).not.toMatch(/dashboard\.|import\.|Unexpected|Invalid input|JSON at position/);
    expect(english).not.toBe(russian);
  });

  it('the file size of a file too large to read', () => {
    expect(bundleDetailText(ru, { code: 'size', mb: 95 })).toBe('размер файла 95 МБ');
    expect(bundleDetailText(en, { code: 'size', mb: 95 })).toBe('the file is 95 MB');
  });
});
