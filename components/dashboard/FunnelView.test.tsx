// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pagePerTest } from '@/components/app/testing';
import { applyStageChange } from '@/lib/brief/stageRules';
import { summarizeProspects } from '@/lib/io/summaries';
import { Prospect } from '@/lib/model';
import { FunnelView } from './FunnelView';

const rows = summarizeProspects({
  prospects: (['needs_identified', 'needs_identified', 'first_contact'] as const).map((to, i) =>
    applyStageChange(
      Prospect.parse({
        id: `p${i}`,
        domains: [`p${i}.ru`],
        name: `P${i}`,
        createdAt: 1,
        updatedAt: 1,
      }),
      to,
      { at: 10, by: 'Anna' },
    ),
  ),
  briefs: [],
  needs: [],
  people: [],
});

const show = pagePerTest();
const briefCard = (container: HTMLElement) => container.querySelector('.norm')!.textContent;

describe('the funnel tab, brief norm card', () => {
  it('says how many were set to "needs identified" without a filled brief', () => {
    const page = show(<FunnelView rows={rows} details={true} />);
    const card = briefCard(page.container);
    expect(card).toContain('0%');
    expect(card).toContain('Below the norm');
    expect(card).toContain(
      '2 prospects set to “Needs identified” or further without a filled brief – not counted',
    );
  });

  it('waits for the briefs before it gives a figure or a verdict', () => {
    const page = show(<FunnelView rows={rows} details={false} />);
    const card = briefCard(page.container);
    expect(card).toContain('Reading the briefs…');
    expect(card).not.toContain('Below the norm');
    expect(card).not.toContain('without a filled brief');
  });
});
