import { describe, expect, it } from 'vitest';
import type { DealBriefDb } from '../db/database';
import { getPortrait } from '../db/portraits';
import { createProspect, updateProspect } from '../db/prospects';
import { saveUserTemplate } from '../db/portraitTemplates';
import { freshDbPerTest } from '../db/testing';
import { addTemplateField, newUserTemplate, type NewFieldInput } from '../portrait/templates';
import { captureToPortrait } from './portraitMenu';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

async function prospectWith(templateId: string) {
  const p = await createProspect(db, { domain: 'plant.ru', name: 'Plant', owner: '', now: 1 });
  await updateProspect(db, p.id, { portraitTemplateId: templateId });
  return p;
}

/** A prospect whose template is the rep's own with one field; returns the field's key too. */
async function prospectWithOwnField(input: NewFieldInput) {
  const tpl = addTemplateField(newUserTemplate('Own'), input);
  await saveUserTemplate(db, tpl);
  const p = await prospectWith(tpl.id);
  return { p, key: tpl.fields[0]!.key };
}

const capture = (fieldKey: string, text: string) =>
  captureToPortrait(db, { fieldKey, text, url: 'https://plant.ru/about', title: 'About' });

describe('Add to portrait ▸ a number field', () => {
  it('reads thousands separators and magnitude words', async () => {
    const p = await prospectWith('manufacturer');
    await capture('outputVolume', '1,250,000 tons');
    expect((await getPortrait(db, p.id))!.fields.outputVolume![0]!.value).toBe(1_250_000);
    await capture('outputVolume', 'до 12,5 млн тонн в год');
    expect((await getPortrait(db, p.id))!.fields.outputVolume![0]!.value).toBe(12_500_000);
  });

  it('keeps a figure that reads two ways as the page wrote it', async () => {
    const p = await prospectWith('manufacturer');
    await capture('outputVolume', '1,250 млн т');
    expect((await getPortrait(db, p.id))!.fields.outputVolume![0]!.value).toBe('1,250 млн т');
  });
});

describe('Add to portrait ▸ a multi-choice field', () => {
  it('adds the selected option to those already ticked', async () => {
    const { p, key } = await prospectWithOwnField({
      label: 'Sales channels',
      type: 'multi_choice',
      options: ['Retail', 'Wholesale', 'Online'],
    });
    await capture(key, 'Retail');
    await capture(key, 'wholesale, retail');
    const values = (await getPortrait(db, p.id))!.fields[key]!;
    expect(values).toHaveLength(1);
    expect(values[0]!.value).toEqual(['Retail', 'Wholesale']);
    expect(values[0]!.evidence?.quote).toBe('wholesale, retail');
  });
});

describe('Add to portrait ▸ a date field', () => {
  it('reads the date as the page writes it', async () => {
    const { p, key } = await prospectWithOwnField({ label: 'Tender closes', type: 'date' });
    const stored = async () => (await getPortrait(db, p.id))!.fields[key]![0]!.value;
    await capture(key, 'Приём заявок до 1 марта 2026 г.');
    expect(await stored()).toBe('2026-03-01');
    await capture(key, 'Bids close 3/25/2026');
    expect(await stored()).toBe('2026-03-25');
    await capture(key, 'весной');
    expect(await stored()).toBe('весной'); // kept as text, never lost
  });
});
