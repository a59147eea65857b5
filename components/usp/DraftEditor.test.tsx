// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { click, pagePerTest, pause, until, type Rendered } from '@/components/app/testing';
import { DraftEditor } from '@/components/usp/DraftEditor';
import { getDb } from '@/lib/db/database';
import { getDraft } from '@/lib/db/drafts';
import { UspDraft } from '@/lib/model';
import { TEMPLATES } from '@/lib/usp/templates';
import { en } from '@/locales';

const GAP = '“We want a 90-day deferral”: our offer has no answer to this need yet.';
const LINES: UspDraft['lines'] = [
  { kind: 'headline', text: 'Acme: our answer to “late deliveries”' },
  { kind: 'answer', text: '“Late deliveries” → Parts in stock, 24 h', needId: 'n1' },
  { kind: 'next_step', text: 'Next step: a meeting.' },
  { kind: 'gap', text: GAP, needId: 'n2' },
];

function Live() {
  const draft = useLiveQuery(() => getDraft(getDb(), 'p1'), []);
  return draft ? <DraftEditor draft={draft} /> : null;
}

const show = pagePerTest();
let page: Rendered;
let copied: string[];

async function open(editedText: string | null) {
  await getDb().uspDrafts.put(
    UspDraft.parse({
      id: 'd1',
      prospectId: 'p1',
      offerProfileId: 'o1',
      language: 'en',
      lines: LINES,
      editedText,
      createdAt: 1,
      updatedAt: 1,
    }),
  );
  page = show(<Live />);
  return until(() => page.container.querySelector<HTMLTextAreaElement>('#usp-draft-text'));
}

async function copy(name: string): Promise<string> {
  click(page.container, name);
  await pause(50);
  return copied.at(-1)!;
}

beforeEach(() => {
  copied = [];
  vi.stubGlobal('navigator', {
    ...navigator,
    clipboard: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
  });
  return () => vi.unstubAllGlobals();
});

describe('the draft editor keeps the needs without an answer apart from the client’s text', () => {
  it('lists them for the rep, outside the text and the copies', async () => {
    const text = await open(null);
    expect(text.value).not.toContain('90-day deferral');
    const gaps = page.container.querySelector('[aria-labelledby="usp-gaps-heading"]');
    expect(gaps?.textContent).toContain(en['usp.draft.gaps.heading']);
    expect(gaps?.textContent).toContain(GAP);
    for (const name of [en['usp.draft.copyText'], en['usp.draft.copyMarkdown']])
      expect(await copy(name)).not.toContain('90-day deferral');
  });

  it('an edit stored with the old block shows and copies without it', async () => {
    const old = `Acme Ltd: our answer\n\nNext step: a meeting.\n\n---\n${TEMPLATES.en.gapsHeading}:\n- ${GAP}\n`;
    const text = await open(old);
    expect(text.value).toBe('Acme Ltd: our answer\n\nNext step: a meeting.\n');
    for (const name of [en['usp.draft.copyText'], en['usp.draft.copyMarkdown']]) {
      const out = await copy(name);
      expect(out).toContain('Acme Ltd');
      expect(out).not.toContain(TEMPLATES.en.gapsHeading);
      expect(out).not.toContain('90-day deferral');
    }
  });
});
