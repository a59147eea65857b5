// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { refreshBadgesOnProspectWrites } from '@/components/app/badgeSync';
import { click, pagePerTest, pause, typeInto, until } from '@/components/app/testing';
import { DomainsEditor } from '@/components/prospects/DomainsEditor';
import { updateBadge, type BadgeApi } from '@/lib/background/badge';
import { getDb } from '@/lib/db/database';
import { addProspectDomain, createProspect, getProspect } from '@/lib/db/prospects';
import { createTranslator } from '@/lib/i18n';
import { registerHandlers } from '@/lib/messaging/server';

const show = pagePerTest();

async function addAlias(container: HTMLElement, typed: string) {
  click(container, '+ Add a domain');
  typeInto(container.querySelector<HTMLInputElement>('#add-domain')!, typed);
  click(container, 'Add');
  await pause(100);
}

describe('DomainsEditor: adding a domain', () => {
  it('refuses a public suffix, saying what to type instead', async () => {
    const p = await createProspect(getDb(), { domain: 'acme.co.uk', name: 'Acme', owner: '' });
    const page = show(<DomainsEditor prospect={p} />);
    await addAlias(page.container, 'co.uk');
    const error = await until(() => page.container.querySelector('#add-domain-error'));
    expect(error.textContent).toBe(
      'co.uk is a shared domain zone (a public suffix): many companies’ sites end in it. Type this company’s own domain, like name.co.uk.',
    );
    expect((await getProspect(getDb(), p.id))?.domains).toEqual(['acme.co.uk']);
  });
});

describe('the toolbar badge follows domain edits in the panel', () => {
  /** The toolbar icon, as Chrome keeps it per tab. */
  const badge = new Map<number, string>();
  const api: BadgeApi = {
    setBadgeText: async ({ tabId, text }) => void badge.set(tabId!, text),
    setTitle: async () => undefined,
  };
  const t = createTranslator('en');
  /** The rep's active tab, on the company's other site. */
  const activeTab = { id: 9, url: 'https://acme-group.com/about' };
  const stops: Array<() => void> = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  /** The background as entrypoints/background.ts wires it, and the panel as its main.tsx does. */
  function wire() {
    const notHere = async () => {
      throw new Error('not in this test');
    };
    registerHandlers({
      captureSelection: notHere,
      addPersonFromSelection: notHere,
      captureToBrief: notHere,
      openDashboard: notHere,
      refreshBadge: async () => {
        await updateBadge(api, getDb(), activeTab, t);
        return { updated: 1 };
      },
    });
    stops.push(refreshBadgesOnProspectWrites(getDb()));
  }

  it('clears ✓ on the tab whose domain was just removed, and sets it when one is added', async () => {
    wire();
    const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
    const withAlias = await addProspectDomain(getDb(), p.id, 'acme-group.com');
    await until(() => badge.get(9) === '✓');

    // The rep, on acme-group.com, removes that domain in the panel (it was a wrong guess): the
    // panel offers "Start a brief" for acme-group.com, and the icon no longer says "Acme ✓".
    const page = show(<DomainsEditor prospect={withAlias} />);
    click(page.container, 'Remove acme-group.com');
    await until(() => badge.get(9) === '');
    expect((await getProspect(getDb(), p.id))?.domains).toEqual(['acme.ru']);

    await addAlias(page.container, 'www.acme-group.com');
    await until(() => badge.get(9) === '✓');
  });
});
