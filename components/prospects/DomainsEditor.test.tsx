// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { click, pagePerTest, pause, typeInto, until } from '@/components/app/testing';
import { DomainsEditor } from '@/components/prospects/DomainsEditor';
import { getDb } from '@/lib/db/database';
import { createProspect, getProspect } from '@/lib/db/prospects';

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
