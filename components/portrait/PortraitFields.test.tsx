// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import {
  click,
  pagePerTest,
  pause,
  typeInto,
  until,
  type Rendered,
} from '@/components/app/testing';
import { FieldGroup } from '@/components/portrait/PortraitFields';
import { captureToPortrait } from '@/lib/background/portraitMenu';
import { getDb } from '@/lib/db/database';
import { getPortrait, setFieldValues } from '@/lib/db/portraits';
import { createProspect, updateProspect } from '@/lib/db/prospects';
import { findField, resolveTemplate, type FieldSpec } from '@/lib/portrait/templates';
import { en } from '@/locales';

function Live({ prospectId, field }: { prospectId: string; field: FieldSpec }) {
  const portrait = useLiveQuery(
    async () => (await getPortrait(getDb(), prospectId)) ?? null,
    [prospectId],
  );
  if (portrait === undefined) return null;
  return (
    <FieldGroup id="g" title="Group" fields={[field]} prospectId={prospectId} portrait={portrait} />
  );
}

const show = pagePerTest();
let page: Rendered;

async function shown(templateId: string, key: string, domain = 'shop.ru') {
  const p = await createProspect(getDb(), { domain, name: 'Shop', owner: '' });
  await updateProspect(getDb(), p.id, { portraitTemplateId: templateId });
  const field = findField(resolveTemplate(templateId, []), key)!;
  return { p, field, render: () => (page = show(<Live prospectId={p.id} field={field} />)) };
}
const box = (key: string) =>
  until(() => page.container.querySelector<HTMLInputElement>(`#pf-${key}:not([disabled])`));
const stored = async (prospectId: string, key: string) =>
  (await getPortrait(getDb(), prospectId))?.fields[key]?.[0]?.value;

describe('a one-value text field', () => {
  it('keeps the cursor while the text grows past a line', async () => {
    const { p, render } = await shown('manufacturer', 'expansionPlans', 'plant.ru');
    render();
    const field = await box('expansionPlans');
    expect(field.tagName).toBe('TEXTAREA');
    field.focus();
    const plan = 'Second casting line in 2027, a new warehouse in Kazan, then a third line';
    typeInto(field, plan.slice(0, 60));
    typeInto(field, plan);
    await pause(600);
    expect(document.activeElement?.id).toBe('pf-expansionPlans');
    expect(page.container.querySelector('#pf-expansionPlans')).toBe(field);
    expect(await stored(p.id, 'expansionPlans')).toBe(plan);
  });
});

describe('a number field holding words it could not read as a number', () => {
  it('shows what is stored, says it is not a number yet', async () => {
    const { p, render } = await shown('retail_wholesale', 'floorArea');
    // "Add to portrait ▸ Floor area" on words without a digit: kept as text, never lost.
    await captureToPortrait(getDb(), {
      fieldKey: 'floorArea',
      text: 'около полутора тысяч квадратов',
      url: 'https://shop.ru/about',
      title: 'About',
    });
    render();
    const field = await box('floorArea');
    expect(field.value).toBe('около полутора тысяч квадратов');
    expect(field.type).toBe('text');
    const hint = page.container.querySelector(`#${field.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toContain(en['portrait.value.notNumber']);
    expect(hint?.querySelector('button')).toBeNull(); // nothing to offer: no figure in it
    expect(await stored(p.id, 'floorArea')).toBe('около полутора тысяч квадратов');
  });

  it('offers the figure it holds, and becomes a number box once the rep takes it', async () => {
    const { p, render } = await shown('retail_wholesale', 'floorArea');
    await setFieldValues(getDb(), p.id, 'floorArea', [{ id: 'v', value: 'около 1 500 м²' }]);
    render();
    const field = await box('floorArea');
    expect(field.value).toBe('около 1 500 м²');
    click(page.container, 'Use 1,500 m²');
    await pause(600);
    expect(await stored(p.id, 'floorArea')).toBe(1500);
    expect(page.container.querySelector<HTMLInputElement>('#pf-floorArea')!.type).toBe('number');
  });

  it('stays a text box while the rep corrects it, a number box once they leave it', async () => {
    const { p, render } = await shown('retail_wholesale', 'floorArea');
    await setFieldValues(getDb(), p.id, 'floorArea', [{ id: 'v', value: 'много' }]);
    render();
    const field = await box('floorArea');
    act(() => field.focus());
    typeInto(field, '1500');
    await pause(600);
    expect(await stored(p.id, 'floorArea')).toBe(1500);
    expect(field.type).toBe('text'); // the caret is not thrown out mid-edit
    act(() => field.blur());
    expect(field.type).toBe('number');
  });
});

describe('a date field holding a date written in words', () => {
  it('shows the text and offers it as a date', async () => {
    const field: FieldSpec = {
      key: 'f-tender',
      label: 'Tender closes',
      type: 'date',
      required: false,
      order: 0,
      multiple: false,
      core: false,
      builtIn: false,
    };
    const p = await createProspect(getDb(), { domain: 'tender.ru', name: 'T', owner: '' });
    await setFieldValues(getDb(), p.id, field.key, [{ id: 'v', value: '1 марта 2026' }]);
    page = show(<Live prospectId={p.id} field={field} />);
    const input = await box('f-tender');
    expect(input.value).toBe('1 марта 2026');
    expect(page.container.textContent).toContain(en['portrait.value.notDate']);
    click(page.container, 'Use Mar 1, 2026');
    await pause(600);
    expect(await stored(p.id, 'f-tender')).toBe('2026-03-01');
    expect(page.container.querySelector<HTMLInputElement>('#pf-f-tender')!.type).toBe('date');
  });
});
