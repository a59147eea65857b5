// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pagePerTest, until, type Rendered } from '@/components/app/testing';
import { BriefPrint } from '@/components/brief/BriefPrint';
import { upsertSupplier } from '@/lib/brief/briefEdits';
import { updateBrief } from '@/lib/db/briefs';
import { getDb } from '@/lib/db/database';
import { changeProspectStage } from '@/lib/db/funnel';
import { createProspect } from '@/lib/db/prospects';
import { en } from '@/locales';

const show = pagePerTest();
let page: Rendered;

describe('the printed brief', () => {
  it('of a lost deal carries the whole refusal: why, unmet criteria, our strengths, how we differ', async () => {
    const p = await createProspect(getDb(), { domain: 'lost.ru', name: 'Lost', owner: '' });
    await changeProspectStage(getDb(), p.id, 'lost', {
      at: 1_700_000_000_000,
      by: 'Anna',
      lostReason: {
        why: 'Chose a cheaper supplier',
        unmetCriteria: 'No ISO 9001 certificate',
        ourStrengths: 'Delivery within 24 hours in Kazan',
        howWeDiffer: 'Stock held in their city',
      },
    });
    page = show(<BriefPrint prospectId={p.id} />);
    const history = await until(() => page.container.querySelector('.print-history'));
    const text = history.textContent ?? '';
    for (const part of ['why', 'unmetCriteria', 'ourStrengths', 'howWeDiffer'] as const)
      expect(text).toContain(en[`brief.lost.${part}`]);
    expect(text).toContain('Chose a cheaper supplier');
    expect(text).toContain('No ISO 9001 certificate');
    expect(text).toContain('Delivery within 24 hours in Kazan');
    expect(text).toContain('Stock held in their city');
  });

  it('leaves out a supplier whose every field was cleared, and names one with only likes "unnamed"', async () => {
    const p = await createProspect(getDb(), { domain: 'sup.ru', name: 'Sup', owner: '' });
    await updateBrief(getDb(), p.id, (b) =>
      upsertSupplier(upsertSupplier(b, 's1', { name: ' ' }), 's2', { likes: 'Fast delivery' }),
    );
    page = show(<BriefPrint prospectId={p.id} />);
    const part = await until(() =>
      [...page.container.querySelectorAll('.print-part')].find(
        (s) => s.querySelector('h2')?.textContent === en['brief.suppliers'],
      ),
    );
    expect(part.querySelectorAll('li')).toHaveLength(1);
    expect(part.textContent).toContain(en['brief.supplier.unnamed']);
    expect(part.textContent).toContain('Fast delivery');
  });

  it('says "none" for suppliers when the only card is empty', async () => {
    const p = await createProspect(getDb(), { domain: 'empty.ru', name: 'Empty', owner: '' });
    await updateBrief(getDb(), p.id, (b) => upsertSupplier(b, 's1', { name: '' }));
    page = show(<BriefPrint prospectId={p.id} />);
    const part = await until(() =>
      [...page.container.querySelectorAll('.print-part')].find(
        (s) => s.querySelector('h2')?.textContent === en['brief.suppliers'],
      ),
    );
    expect(part.textContent).not.toContain(en['brief.supplier.unnamed']);
    expect(part.querySelector('.print-none')).not.toBeNull();
  });
});
