// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { pagePerTest, pause, until } from '@/components/app/testing';
import type { ActiveTabState } from '@/components/app/useActiveTab';
import { SiteView } from '@/components/prospects/SiteView';
import { AppProvider } from '@/components/app/AppContext';
import { getDb } from '@/lib/db/database';
import { createProspect } from '@/lib/db/prospects';
import { classifyUrl, lookupKeys } from '@/lib/site/url';

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

describe('SiteView after a tab switch', () => {
  it('never shows the previous tab’s company for the new tab while the new lookup runs', async () => {
    await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme Steel', owner: '' });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const render = (state: ActiveTabState) =>
      act(() =>
        root.render(
          <AppProvider initialSettings={{ language: 'en', repName: '' }}>
            <SiteView state={state} />
          </AppProvider>,
        ),
      );
    const name = () => container.querySelector<HTMLInputElement>('#prospect-name')?.value;
    try {
      render(at(1, 'https://acme.ru/'));
      await until(() => name() === 'Acme Steel');

      // The database is busy writing prospects (an import in the dashboard, a capture, another
      // panel's autosave): the panel's read of the new site waits behind that write.
      let writing = true;
      const busy = getDb().transaction('rw', getDb().prospects, async () => {
        while (writing) await getDb().prospects.get('nothing');
      });
      await pause(20);

      // The rep switches to a tab on another company's site, which has no brief yet.
      render(at(2, 'https://beta-trade.ru/'));
      await pause(300);
      const meanwhile = { name: name(), text: container.textContent };
      writing = false;
      await busy;
      await until(() => container.textContent?.includes('Start a brief'));
      // Not Acme's brief, name field and all, under beta-trade.ru while the write lasted.
      expect(meanwhile).toEqual({ name: undefined, text: 'Loading…' });
    } finally {
      act(() => root.unmount());
      container.remove();
    }
  });

  it('shows the company read before the first render at once, with no “Loading…” in between', async () => {
    const acme = await createProspect(getDb(), {
      domain: 'acme.ru',
      name: 'Acme Steel',
      owner: '',
    });
    const page = classifyUrl('https://www.acme.ru/');
    if (page.kind !== 'web') throw new Error('web page expected');
    const initial = { keysId: lookupKeys(page).join(' '), prospect: acme };
    const shown = show(
      <SiteView state={at(1, 'https://www.acme.ru/')} initialProspect={initial} />,
    );
    // The very first commit already has the company (the first paint's name stays in place).
    expect(shown.container.querySelector<HTMLInputElement>('#prospect-name')?.value).toBe(
      'Acme Steel',
    );
    expect(shown.container.textContent).not.toContain('Loading…');
  });

  it('a record read for other keys is not shown for this tab', async () => {
    const acme = await createProspect(getDb(), {
      domain: 'acme.ru',
      name: 'Acme Steel',
      owner: '',
    });
    const shown = show(
      <SiteView
        state={at(1, 'https://beta-trade.ru/')}
        initialProspect={{ keysId: 'www.acme.ru acme.ru', prospect: acme }}
      />,
    );
    expect(shown.container.querySelector('#prospect-name')).toBeNull();
    await until(() => shown.container.textContent?.includes('Start a brief'));
  });
});
