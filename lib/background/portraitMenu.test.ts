import { describe, expect, it } from 'vitest';
import type { DealBriefDb } from '../db/database';
import { getPortrait } from '../db/portraits';
import { createProspect, updateProspect } from '../db/prospects';
import { freshDbPerTest } from '../db/testing';
import { captureToPortrait } from './portraitMenu';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

async function prospectWith(templateId: string) {
  const p = await createProspect(db, { domain: 'plant.ru', name: 'Plant', owner: '', now: 1 });
  await updateProspect(db, p.id, { portraitTemplateId: templateId });
  return p;
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
