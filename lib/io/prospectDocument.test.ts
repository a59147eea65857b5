import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { portraitLines, prospectDocument } from './prospectDocument';
import { fixtureBundle } from './testing';

const en = createTranslator('en');
const ru = createTranslator('ru');
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('portrait lines of the prospect page, the Markdown export and import notes', () => {
  const data = fixtureBundle().data;
  // The built-in template is in code, not in the file: the lines must still be named by it.
  const tehnoprom = prospectDocument(data, 'p-tehnoprom')!;
  const northwind = prospectDocument(data, 'p-northwind')!;

  it('a built-in template (never stored) names fields, options and units in the language', () => {
    expect(data.portraitTemplates.map((tp) => tp.id)).not.toContain('manufacturer');
    expect(tehnoprom.template.id).toBe('manufacturer');
    expect(portraitLines(tehnoprom, en, 'en').map(({ key: _key, ...line }) => line)).toEqual([
      { label: 'Output volume', values: ['1,200.5 t/month'] },
      { label: 'Equipment', values: ['пресс', '@SUM(1+1)'] },
      { label: 'Purchase method', values: ['Tender'] },
      { label: 'Purchase frequency', values: ['Weekly'] },
      { label: 'Legal name', values: ['ООО «ТехноПром»'] },
      { label: 'ИНН (tax id)', values: ['7701234567'] },
    ]);
    const lines = portraitLines(tehnoprom, ru, 'ru').map(
      (l) => `${l.label}: ${nbsp(l.values.join('; '))}`,
    );
    expect(lines).toEqual([
      `${ru('portrait.field.outputVolume')}: 1 200,5 ${ru('portrait.unit.tonsPerMonth')}`,
      `${ru('portrait.field.equipment')}: пресс; @SUM(1+1)`,
      `${ru('portrait.field.purchaseMethod')}: ${ru('portrait.option.purchaseMethod.tender')}`,
      `${ru('portrait.field.purchaseFrequency')}: ${ru('portrait.option.purchaseFrequency.weekly')}`,
      `${ru('portrait.field.legalName')}: ООО «ТехноПром»`,
      `${ru('portrait.field.inn')}: 7701234567`,
    ]);
    expect(lines.join('\n')).not.toMatch(/outputVolume|purchaseFrequency|weekly|tender/);
  });

  it("the rep's template names its own fields; values kept from another template keep their names", () => {
    expect(portraitLines(northwind, ru, 'ru').map((l) => [l.label, nbsp(l.values[0]!)])).toEqual([
      ['Warehouse area', '2 500 m²'],
      ['Delivery', 'own fleet'],
      [ru('portrait.field.legalName'), 'Northwind Metals Ltd'],
      [ru('portrait.field.priceSegment'), ru('portrait.option.priceSegment.premium')],
    ]);
  });

  it('a deleted template: its values stay, under the stored key, after the Generic fields', () => {
    const orphan = prospectDocument({ ...data, portraitTemplates: [] }, 'p-northwind')!;
    expect(orphan.template.id).toBe('generic');
    expect(portraitLines(orphan, en, 'en').map((l) => l.label)).toEqual([
      'Legal name',
      'f-3a9c11d2',
      'f-7b20e4aa',
      'Price segment',
    ]);
  });
});
