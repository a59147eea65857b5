import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import type { Prospect, UspDraft } from '../model';
import { draftToPlainText } from '../usp';
import { TEMPLATES } from '../usp/templates';
import { offerBlocks, offerDocx } from './docx';
import { docxParagraphs, fixtureBundle, unzipText } from './testing';

const { DOMParser } = new JSDOM('').window;

/** The parser's error, if the part is not well-formed XML (Word then refuses the whole file). */
function xmlError(xml: string): string | null {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
}

describe('DOCX offer with page text that is not an XML character', () => {
  // U+FFFE / U+FFFF are not XML characters (XML 1.0 §2.2). A hostile page puts one in a line the
  // rep captures as a pain; it reaches the draft and the offer. The rep's name and the client's
  // name go into the document's properties too.
  const offer = () =>
    offerDocx({
      prospect: { name: 'ТехноПром\uFFFF' } as Prospect,
      draft: {
        language: 'ru',
        editedText: null,
        lines: [{ kind: 'answer', text: 'Срывы сроков поставки\uFFFE металла\u0001' }],
      } as unknown as UspDraft,
      rep: { name: 'Анна\uFFFE', contact: '' },
      date: Date.UTC(2026, 4, 1, 9),
    });

  it('every XML part of the .docx is well-formed', async () => {
    for (const [name, xml] of Object.entries(unzipText(await offer())))
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(xmlError(xml), name).toBeNull();
  });

  it('keeps the text, without those characters', async () => {
    const paragraphs = docxParagraphs(await offer());
    expect(paragraphs).toContain('Срывы сроков поставки металла');
    expect(paragraphs).toContain('Анна');
    expect(paragraphs.join('\n')).toContain('ТехноПром');
    expect(unzipText(await offer())['docProps/core.xml']).toContain('Анна</dc:creator>');
  });
});

// The offer goes to the client: its own words follow the draft's language, never the rep's UI.
describe('the commercial offer is in the language of its draft', () => {
  const data = fixtureBundle().data;
  const ruDraft = data.uspDrafts[0]!;
  const prospect = { ...data.prospects.find((p) => p.id === ruDraft.prospectId)!, name: 'TP LLC' };
  const enDraft: UspDraft = {
    ...ruDraft,
    language: 'en',
    lines: [
      { kind: 'headline', text: 'Spare parts without downtime' },
      { kind: 'answer', text: 'Parts in stock in your city, delivered in 24 hours' },
      { kind: 'differentiator', text: 'The deadline is in the contract' },
    ],
  };
  const rep = { name: 'Anna Petrova', contact: 'anna@example.com' };
  const date = Date.UTC(2024, 4, 2, 9, 30);
  const en = createTranslator('en');
  const ru = createTranslator('ru');
  const ownWords = (t: typeof en, day: string) => [
    t('export.offer.title'),
    t('export.offer.for', { client: prospect.name, date: day }),
    t('export.offer.answers'),
    t('export.offer.differentiators'),
    t('export.offer.contact'),
  ];

  it('an English draft gives an all-English document, whatever language the UI is in', async () => {
    const paragraphs = docxParagraphs(await offerDocx({ prospect, draft: enDraft, rep, date }));
    expect(paragraphs).toEqual(
      offerBlocks({ prospect, draft: enDraft, rep, date }).map((b) => b.text),
    );
    for (const word of ownWords(en, 'May 2, 2024')) expect(paragraphs).toContain(word);
    expect(paragraphs.join('\n')).not.toMatch(/[а-яё]/i);
  });

  it('a Russian draft gives Russian headings and a Russian date', () => {
    const texts = offerBlocks({ prospect, draft: ruDraft, rep, date }).map((b) => b.text);
    for (const word of ownWords(ru, '2 мая 2024 г.')) expect(texts).toContain(word);
    for (const word of ownWords(en, 'May 2, 2024')) expect(texts).not.toContain(word);
  });
});

describe('the commercial offer after the rep edits the draft', () => {
  const lines: UspDraft['lines'] = [
    { kind: 'headline', text: 'Acme: our answer to “late deliveries”' },
    {
      kind: 'answer',
      text: '“Late deliveries” → Parts in stock, 24 h',
      needId: 'n1',
      propertyId: 'p1',
    },
    { kind: 'next_step', text: 'Next step: a meeting.' },
    {
      kind: 'gap',
      text: '“We want a 90-day deferral”: our offer has no answer to this need yet.',
      needId: 'n2',
    },
  ];
  const blocksOf = (editedText: string, language: 'en' | 'ru' = 'en') =>
    offerBlocks({
      prospect: { name: 'Acme' } as Prospect,
      draft: { language, lines, editedText } as unknown as UspDraft,
      rep: { name: 'Anna', contact: '' },
      date: Date.UTC(2026, 4, 1),
    });

  it('carries the rep’s words and never the gap notes, not even those an old edit still holds', () => {
    // The rep fixes one word (any edit at all), then exports the Word offer for the client.
    const edited = draftToPlainText(lines, 'en').replace('Parts in stock', 'Spare parts in stock');
    // A text edited before the gaps were kept apart ends with them, in either language.
    for (const language of ['en', 'ru'] as const) {
      const heading = TEMPLATES[language].gapsHeading;
      const old = `${edited}\n---\n${heading}:\n- ${lines[3]!.text}\n`;
      for (const text of [edited, old]) {
        const all = blocksOf(text, language)
          .map((b) => b.text)
          .join('\n');
        expect(all).toContain('Spare parts in stock');
        expect(all).not.toContain(heading);
        expect(all).not.toContain('90-day deferral');
      }
    }
  });

  it('keeps the edited headline and list headings as headings, as the generated offer has them', () => {
    const edited = draftToPlainText(lines, 'en').replace('Acme:', 'Acme Ltd:');
    const blocks = blocksOf(edited);
    expect(blocks).toContainEqual({
      kind: 'heading',
      text: 'Acme Ltd: our answer to “late deliveries”',
    });
    expect(blocks).toContainEqual({ kind: 'heading', text: TEMPLATES.en.answersHeading });
    expect(blocks).toContainEqual({
      kind: 'bullet',
      text: '“Late deliveries” → Parts in stock, 24 h',
    });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Next step: a meeting.' });
  });
});
