// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { describe, expect, it } from 'vitest';
import { pagePerTest, pause, typeInto, until, type Rendered } from '@/components/app/testing';
import { Classifications } from '@/components/portrait/Classifications';
import { getDb } from '@/lib/db/database';
import { createProspect, getProspect, updateProspect } from '@/lib/db/prospects';
import { en } from '@/locales';

function Live({ id }: { id: string }) {
  const prospect = useLiveQuery(() => getProspect(getDb(), id), [id]);
  return prospect ? <Classifications prospect={prospect} /> : null;
}

const show = pagePerTest();
let page: Rendered;

describe('share of wallet volumes', () => {
  it('a negative figure is refused with a message and the stored one stays', async () => {
    const p = await createProspect(getDb(), { domain: 'vol.ru', name: 'Vol', owner: '' });
    await updateProspect(getDb(), p.id, { currentVolume: 250_000, potentialVolume: 1_000_000 });
    page = show(<Live id={p.id} />);
    const box = await until(() => page.container.querySelector<HTMLInputElement>('#pc-current'));
    typeInto(box, '-5');
    await pause(100);
    expect(box.value).toBe('-5');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const error = page.container.querySelector(`#${box.getAttribute('aria-describedby')}`);
    expect(error?.textContent).toBe(en['portrait.volume.invalid']);
    expect((await getProspect(getDb(), p.id))?.currentVolume).toBe(250_000);
    expect(page.container.querySelector('.wallet')?.textContent).toContain('25%');

    typeInto(box, '500000');
    await pause(100);
    expect(box.hasAttribute('aria-invalid')).toBe(false);
    expect((await getProspect(getDb(), p.id))?.currentVolume).toBe(500_000);
    typeInto(box, '');
    await pause(100);
    expect((await getProspect(getDb(), p.id))?.currentVolume).toBeUndefined();
  });
});
