// @vitest-environment jsdom
import { act } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { describe, expect, it } from 'vitest';
import { click, pause, pagePerTest, until, type Rendered } from '@/components/app/testing';
import { StagePanel } from '@/components/brief/StagePanel';
import type { CompletenessItemId } from '@/lib/brief/completeness';
import { getDb } from '@/lib/db/database';
import { createProspect, getProspect } from '@/lib/db/prospects';
import type { Stage } from '@/lib/model';
import { en } from '@/locales';

function Live({ id, missing }: { id: string; missing: CompletenessItemId[] }) {
  const prospect = useLiveQuery(() => getProspect(getDb(), id), [id]);
  return prospect ? (
    <StagePanel key={prospect.stage} prospect={prospect} completeness={{ missing }} />
  ) : null;
}

function choose(container: HTMLElement, stage: Stage): void {
  const select = container.querySelector<HTMLSelectElement>('#brief-stage-select')!;
  act(() => {
    select.value = stage;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const warning = (container: HTMLElement) =>
  container.querySelector('.brief-stage__warning')?.textContent ?? null;

const show = pagePerTest();
let page: Rendered;

describe('setting "needs identified" by hand', () => {
  it('warns, naming what the brief lacks, and still moves the prospect', async () => {
    const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
    page = show(<Live id={p.id} missing={['plans', 'decision_maker_known']} />);
    await until(() => page.container.querySelector('#brief-stage-select'));
    expect(warning(page.container)).toBeNull();

    choose(page.container, 'needs_identified');
    const text = warning(page.container)!;
    expect(text).toContain('not filled in');
    expect(text).toContain(`${en['brief.item.plans']}, ${en['brief.item.decision_maker_known']}.`);

    click(page.container, en['brief.stage.change']);
    await pause(100);
    expect((await getProspect(getDb(), p.id))?.stage).toBe('needs_identified');
    expect(page.error()).toBeNull();
    // The warning stays beside the stage it is about.
    expect(warning(page.container)).toContain('not filled in');
  });

  it('warns for a jump past it too, and not for earlier stages or a loss', async () => {
    const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
    page = show(<Live id={p.id} missing={['situation']} />);
    await until(() => page.container.querySelector('#brief-stage-select'));
    choose(page.container, 'offer_prepared');
    expect(warning(page.container)).toContain(en['brief.item.situation']);
    choose(page.container, 'first_contact');
    expect(warning(page.container)).toBeNull();
    choose(page.container, 'lost');
    expect(warning(page.container)).toBeNull();
  });

  it('says nothing when the brief is filled in', async () => {
    const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
    page = show(<Live id={p.id} missing={[]} />);
    await until(() => page.container.querySelector('#brief-stage-select'));
    choose(page.container, 'needs_identified');
    expect(warning(page.container)).toBeNull();
  });
});
