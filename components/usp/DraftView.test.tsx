// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { describe, expect, it } from 'vitest';
import { click, pagePerTest, pause, until } from '@/components/app/testing';
import { DraftView } from '@/components/usp/DraftView';
import { getDb } from '@/lib/db/database';
import { getDraft } from '@/lib/db/drafts';
import { restoreOfferProfile } from '@/lib/db/offers';
import { createProspect, getProspect, updateProspect } from '@/lib/db/prospects';
import { Need } from '@/lib/model';
import { exampleProfile } from '@/lib/offers/example';
import { en } from '@/locales';

function Live({ id }: { id: string }) {
  const prospect = useLiveQuery(() => getProspect(getDb(), id), [id]);
  return prospect ? <DraftView prospect={prospect} onEditOffers={() => {}} /> : null;
}

const show = pagePerTest();

describe('the first draft of a Russian client, in an English panel', () => {
  it('is offered and generated in the profile’s language, not the UI’s', async () => {
    const db = getDb();
    const prospect = await createProspect(db, { domain: 'tp.ru', name: 'ТехноПром', owner: '' });
    await restoreOfferProfile(db, exampleProfile('ru', 'offer-ru', 1));
    await updateProspect(db, prospect.id, { offerProfileId: 'offer-ru' });
    await db.needs.add(
      Need.parse({
        id: 'n0',
        prospectId: prospect.id,
        statement: 'Поставщик постоянно срывает сроки поставки',
        createdAt: 1,
        updatedAt: 1,
      }),
    );
    const page = show(<Live id={prospect.id} />);
    const select = await until(() =>
      page.container.querySelector<HTMLSelectElement>('#usp-language'),
    );
    await until(() => select.value === 'ru');
    click(page.container, en['usp.generate']);
    await pause(300);
    expect((await getDraft(db, prospect.id))?.language).toBe('ru');
  });
});
