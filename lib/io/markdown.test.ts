import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { escapeMarkdown, prospectMarkdown } from './markdown';
import { prospectDocument } from './prospectDocument';
import { fixtureBundle } from './testing';

describe('escapeMarkdown: page text stays text', () => {
  it('escapes ~~~ fences and ~~strike~~', () => {
    expect(escapeMarkdown('~~~\ncode\n~~~')).toBe('\\~\\~\\~\ncode\n\\~\\~\\~');
    expect(escapeMarkdown('~~нет~~')).toBe('\\~\\~нет\\~\\~');
  });

  it('escapes "1." and "1)" list starts, not numbers inside a line', () => {
    expect(escapeMarkdown('1) поставки\n  2. сроки')).toBe('1\\) поставки\n  2\\. сроки');
    expect(escapeMarkdown('в 2026) году 3.5 т')).toBe('в 2026) году 3.5 т');
  });
});

describe('prospectMarkdown', () => {
  it('a prospect name with a line break stays in its heading', () => {
    const bundle = fixtureBundle().data;
    const prospect = bundle.prospects[0]!;
    const data = {
      ...bundle,
      prospects: [{ ...prospect, name: 'ТехноПром\n# Взлом\n\n~~~' }, ...bundle.prospects.slice(1)],
    };
    const md = prospectMarkdown(prospectDocument(data, prospect.id)!, createTranslator('ru'), 'ru');
    const [first, second] = md.split('\n');
    expect(first).toBe('# ТехноПром \\# Взлом \\~\\~\\~');
    expect(second).toBe('');
    expect(md).not.toMatch(/^~~~/m);
  });
});

describe('prospectMarkdown: the draft', () => {
  it('shows the rep’s edit without the gap notes an earlier version wrote into it', () => {
    const bundle = fixtureBundle().data;
    const draft = bundle.uspDrafts[0]!;
    const heading = 'Для менеджера: потребности без ответа (не отправлять клиенту)';
    const editedText = `Запчасти без простоев\n\n---\n${heading}:\n- Нет ответа на: оплата\n`;
    const data = { ...bundle, uspDrafts: [{ ...draft, editedText }] };
    const doc = prospectDocument(data, draft.prospectId)!;
    const md = prospectMarkdown(doc, createTranslator('ru'), 'ru');
    expect(md).toContain('Запчасти без простоев');
    expect(md).not.toContain(heading);
  });
});
