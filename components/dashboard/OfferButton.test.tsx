// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { click, pagePerTest, until } from '@/components/app/testing';
import { ProspectPage } from '@/components/dashboard/ProspectPage';
import { getDb } from '@/lib/db/database';
import { createProspect } from '@/lib/db/prospects';
import { newId, UspDraft } from '@/lib/model';
import { en } from '@/locales';

vi.mock('@/lib/io/docx', () => ({
  offerDocx: () => Promise.reject(new Error('docx writer failed')),
}));

const show = pagePerTest();

describe('the Word offer button on the prospect page', () => {
  it('tells the rep when the DOCX could not be made, and can be pressed again', async () => {
    const prospect = await createProspect(getDb(), {
      domain: 'acme.test',
      name: 'Acme',
      owner: '',
    });
    await getDb().uspDrafts.put(
      UspDraft.parse({
        id: newId(),
        prospectId: prospect.id,
        offerProfileId: 'offer',
        language: 'en',
        lines: [{ kind: 'headline', text: 'Acme: our answer' }],
        createdAt: 1,
        updatedAt: 1,
      }),
    );
    const page = show(<ProspectPage prospectId={prospect.id} onBack={() => {}} />);
    const button = await until(() =>
      [...page.container.querySelectorAll('button')].find(
        (b) => b.textContent === en['dashboard.offer.docx'],
      ),
    );
    click(page.container, en['dashboard.offer.docx']);
    await until(() => page.container.querySelector('[role="alert"]'));
    expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
      en['dashboard.offer.failed'],
    );
    expect(button.disabled).toBe(false);
  });
});
