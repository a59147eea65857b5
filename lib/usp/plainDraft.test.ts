import { describe, expect, it } from 'vitest';
import type { DraftLine } from '../model/usp';
import { readPlainDraft, withoutGapNotes } from './plainDraft';
import { draftToPlainText } from './render';
import { TEMPLATES } from './templates';

/** The text as versions before the gaps were kept out of it wrote it: the block at the end. */
function legacyText(lines: readonly DraftLine[], language: 'en' | 'ru'): string {
  const gaps = lines.filter((l) => l.kind === 'gap').map((l) => `- ${l.text}`);
  const head = draftToPlainText(lines, language).trimEnd();
  return `${head}\n\n---\n${TEMPLATES[language].gapsHeading}:\n${gaps.join('\n')}\n`;
}

describe('withoutGapNotes', () => {
  it.each([
    ['en', 'Acme: our answer to “late deliveries”', '“90-day deferral”: our offer has no answer.'],
    [
      'ru',
      'ТехноПром: наш ответ на «сроки»',
      '«Отсрочка 90 дней»: в нашем предложении нет ответа.',
    ],
  ] as const)('takes the %s block of an earlier version off the text', (language, head, gap) => {
    const lines: DraftLine[] = [
      { kind: 'headline', text: head },
      { kind: 'answer', text: 'A → B', needId: 'n1', propertyId: 'p1' },
      { kind: 'next_step', text: 'Next step.' },
      { kind: 'gap', text: gap, needId: 'n2' },
    ];
    const legacy = legacyText(lines, language);
    expect(legacy).toContain(TEMPLATES[language].gapsHeading);
    // An unedited text comes out as the text is generated now.
    expect(withoutGapNotes(legacy)).toBe(draftToPlainText(lines, language));
    // What the rep wrote after the list stays; the edits before it too.
    const edited = `${legacy.replace('A → B', 'A → C')}See you on Monday.\n`;
    expect(withoutGapNotes(edited)).toBe(
      draftToPlainText(lines, language).replace('A → B', 'A → C') + '\nSee you on Monday.\n',
    );
  });

  it('leaves any other text alone, a heading that only looks alike too', () => {
    const text = 'Title\n\nNotes:\n- one\n\n---\nFor the rep:\n- two\n';
    expect(withoutGapNotes(text)).toBe(text);
    expect(withoutGapNotes('')).toBe('');
  });
});

describe('readPlainDraft', () => {
  it('reads the title, list headings, items, rules and paragraphs', () => {
    const text = 'Title\n\nIntro line\n\nAnswers:\n- one\n• two\n* three\n\n---\nBye:';
    expect(readPlainDraft(text).filter((l) => l.kind !== 'blank')).toEqual([
      { kind: 'title', text: 'Title' },
      { kind: 'paragraph', text: 'Intro line' },
      { kind: 'heading', text: 'Answers' },
      { kind: 'bullet', text: 'one' },
      { kind: 'bullet', text: 'two' },
      { kind: 'bullet', text: 'three' },
      { kind: 'rule', text: '' },
      { kind: 'paragraph', text: 'Bye:' },
    ]);
  });
});
