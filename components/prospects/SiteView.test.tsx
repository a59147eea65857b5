// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pagePerTest, until } from '@/components/app/testing';
import type { ActiveTabState } from '@/components/app/useActiveTab';
import { SiteView } from '@/components/prospects/SiteView';
import { getDb } from '@/lib/db/database';
import { createProspect } from '@/lib/db/prospects';

const show = pagePerTest();

const at = (id: number, url: string): ActiveTabState => ({
  status: 'tab',
  tab: { id, url, title: '' },
});

describe('SiteView on a public suffix', () => {
  it('a brief on the city portal spb.ru does not take the companies under it', async () => {
    await createProspect(getDb(), { domain: 'spb.ru', name: 'SPb portal', owner: '' });
    const page = show(<SiteView state={at(1, 'https://stroymash.spb.ru/contacts')} />);
    await until(() => page.container.textContent?.includes('Start a brief'));
    expect(page.container.querySelector('.site-domain')?.textContent).toBe('stroymash.spb.ru');
    expect(page.container.querySelector('#prospect-name')).toBeNull();
  });

  it('says why a brief started on a public suffix is for that site alone', async () => {
    const page = show(<SiteView state={at(1, 'https://carrd.co/')} />);
    const note = await until(() => page.container.querySelector('.notice'));
    expect(note.textContent).toBe(
      'carrd.co is a shared domain zone (a public suffix): the sites under it, like name.carrd.co, are companies of their own. A brief started here is for carrd.co itself.',
    );
    expect(page.container.textContent).toContain('Start a brief');
  });
});
