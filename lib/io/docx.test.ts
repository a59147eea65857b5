import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import type { Prospect, UspDraft } from '../model';
import { offerDocx } from './docx';
import { docxParagraphs, unzipText } from './testing';

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
  const t = createTranslator('ru');
  const offer = () =>
    offerDocx(
      {
        prospect: { name: 'ТехноПром\uFFFF' } as Prospect,
        draft: {
          editedText: null,
          lines: [{ kind: 'answer', text: 'Срывы сроков поставки\uFFFE металла\u0001' }],
        } as unknown as UspDraft,
        rep: { name: 'Анна\uFFFE', contact: '' },
        date: '1 мая 2026',
      },
      t,
    );

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
