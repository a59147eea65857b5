import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { createTranslator } from '../i18n';
import type { DraftLine, Prospect, UspDraft } from '../model';
import { readPlainDraft, withoutGapNotes } from '../usp/plainDraft';
import { xmlText } from '../text/xml';

export interface OfferInput {
  prospect: Prospect;
  draft: UspDraft;
  /** The rep who sends the offer, and how to reach them. */
  rep: { name: string; contact: string };
  /** When the offer is made; written in the draft's language. */
  date: number;
}

/** One block of the offer: a heading or a paragraph, in the draft's order. */
export interface OfferBlock {
  kind: 'title' | 'subtitle' | 'heading' | 'paragraph' | 'bullet';
  text: string;
}

/**
 * The offer's content, apart from the file format so it can be tested and previewed. It goes to
 * the client: every word of it (title, headings, date) is in the draft's language, whatever the
 * rep's UI language. Gap lines
 * ("our offer has no answer to this need yet") are notes for the rep, never sent to the client.
 * When the rep edited the draft, their text is the offer, line by line.
 */
export function offerBlocks(input: OfferInput): OfferBlock[] {
  const { prospect, draft, rep } = input;
  const t = createTranslator(draft.language);
  const date = new Intl.DateTimeFormat(draft.language, { dateStyle: 'long' }).format(input.date);
  const blocks: OfferBlock[] = [
    { kind: 'title', text: t('export.offer.title') },
    { kind: 'subtitle', text: t('export.offer.for', { client: prospect.name, date }) },
  ];
  if (draft.editedText !== null) {
    // The rep's text read as the generated one is laid out: its headline and list headings are
    // headings here too. Gap notes that an earlier version wrote into the text stay out.
    for (const line of readPlainDraft(withoutGapNotes(draft.editedText))) {
      if (line.kind === 'title' || line.kind === 'heading')
        blocks.push({ kind: 'heading', text: line.text });
      else if (line.kind === 'bullet') blocks.push({ kind: 'bullet', text: line.text });
      else if (line.kind === 'paragraph')
        blocks.push({ kind: 'paragraph', text: line.text.trim() });
    }
  } else {
    const of = (kind: DraftLine['kind']) =>
      draft.lines.filter((l) => l.kind === kind && l.text.trim() !== '');
    for (const l of of('headline')) blocks.push({ kind: 'heading', text: l.text });
    for (const l of of('intro')) blocks.push({ kind: 'paragraph', text: l.text });
    const answers = of('answer');
    if (answers.length > 0) {
      blocks.push({ kind: 'heading', text: t('export.offer.answers') });
      for (const l of answers) blocks.push({ kind: 'bullet', text: l.text });
    }
    const diffs = of('differentiator');
    if (diffs.length > 0) {
      blocks.push({ kind: 'heading', text: t('export.offer.differentiators') });
      for (const l of diffs) blocks.push({ kind: 'bullet', text: l.text });
    }
    for (const l of of('next_step')) blocks.push({ kind: 'paragraph', text: l.text });
  }
  blocks.push({ kind: 'heading', text: t('export.offer.contact') });
  for (const line of [rep.name, ...rep.contact.split('\n')].filter((l) => l.trim() !== ''))
    blocks.push({ kind: 'paragraph', text: line });
  return blocks;
}

function paragraph(block: OfferBlock): Paragraph {
  // Every text goes in as a run of plain text: docx escapes it, nothing in it becomes markup.
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] });
    case 'subtitle':
      return new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { after: 240 },
        children: [new TextRun({ text: block.text, italics: true })],
      });
    case 'heading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun(block.text)],
      });
    case 'bullet':
      return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(block.text)] });
    default:
      return new Paragraph({ spacing: { after: 120 }, children: [new TextRun(block.text)] });
  }
}

/** The commercial offer as a Word document. */
export async function offerDocx(input: OfferInput): Promise<Uint8Array> {
  // Page text may hold characters XML cannot (U+FFFE…): one would make Word refuse the file.
  const blocks = offerBlocks(input).map((b) => ({ ...b, text: xmlText(b.text) }));
  const doc = new Document({
    creator: xmlText(input.rep.name) || 'DealBrief',
    title: xmlText(`${blocks[0]!.text} — ${input.prospect.name}`),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: blocks.map(paragraph) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
