import { describe, expect, it } from 'vitest';
import {
  isKnownPositionKey,
  normalizePosition,
  POSITION_VOCABULARY,
  positionLabel,
} from './positions';

const keyOf = (text: string) => normalizePosition(text)?.key;

describe('normalizePosition', () => {
  it('ignores case, punctuation and extra spaces', () => {
    for (const t of [
      'Главный инженер',
      'ГЛАВНЫЙ ИНЖЕНЕР',
      '  главный   инженер. ',
      'главный-инженер',
    ]) {
      expect(keyOf(t)).toBe('chief_engineer');
    }
  });

  it('expands Russian abbreviations', () => {
    expect(keyOf('гл. инженер')).toBe('chief_engineer');
    expect(keyOf('ген. директор')).toBe('director_general');
    expect(keyOf('ГД')).toBe('director_general');
    expect(keyOf('гендиректор')).toBe('director_general');
    expect(keyOf('зам. генерального директора')).toBe('deputy_director_general');
    expect(keyOf('нач. отдела снабжения')).toBe('head_of_procurement');
    expect(keyOf('комм. директор')).toBe('commercial_director');
    expect(keyOf('гл. бух.')).toBe('chief_accountant');
    expect(keyOf('Начальник ОТК')).toBe('quality_head');
    expect(keyOf('РОП')).toBe('head_of_sales');
  });

  it('maps Russian and English equivalents to one key', () => {
    const pairs: Array<[string, string, string]> = [
      ['Главный инженер', 'Chief Engineer', 'chief_engineer'],
      ['Генеральный директор', 'CEO', 'director_general'],
      ['Финансовый директор', 'Chief Financial Officer', 'cfo'],
      ['Главный механик', 'Maintenance Manager', 'chief_mechanic'],
      ['Главный технолог', 'Chief Technologist', 'chief_technologist'],
      ['Системный администратор', 'System Administrator', 'sysadmin'],
      ['Заведующий складом', 'Warehouse Manager', 'warehouse_head'],
      ['Директор по качеству', 'Quality Manager', 'quality_head'],
      ['Юрист', 'Legal Counsel', 'lawyer'],
      ['Секретарь', 'Receptionist', 'secretary'],
      ['Директор по персоналу', 'Human Resources Director', 'hr_head'],
      ['Директор по информационным технологиям', 'CIO', 'it_director'],
    ];
    for (const [ru, en, key] of pairs) {
      expect([keyOf(ru), keyOf(en)]).toEqual([key, key]);
    }
  });

  it('treats English procurement synonyms as one position', () => {
    for (const t of [
      'Head of Procurement',
      'Procurement Director',
      'Purchasing Manager',
      'Director of Purchasing',
    ]) {
      expect(keyOf(t)).toBe('head_of_procurement');
    }
  });

  it('strips department tails and keeps the function', () => {
    expect(keyOf('начальник отдела снабжения')).toBe('head_of_procurement');
    expect(keyOf('Руководитель службы материально-технического снабжения')).toBe(
      'head_of_procurement',
    );
    expect(keyOf('Начальник отдела логистики')).toBe('head_of_logistics');
    expect(keyOf('Начальник отдела кадров')).toBe('hr_head');
    expect(keyOf('Начальник юридического отдела')).toBe('head_of_legal');
    expect(keyOf('Генеральный директор ООО «Ромашка»')).toBe('director_general');
    // Two departments: the first one named is the person's main function.
    expect(keyOf('Начальник отдела снабжения и логистики')).toBe('head_of_procurement');
  });

  it('keeps the Russian "менеджер" a rank-and-file title', () => {
    expect(keyOf('Менеджер по закупкам')).toBe('purchaser');
    expect(keyOf('Менеджер по продажам')).toBe('sales_manager');
    expect(keyOf('Sales Manager')).toBe('head_of_sales');
  });

  it('does not turn deputies and assistants into their bosses', () => {
    expect(keyOf('Заместитель главного инженера')).toBe('deputy_chief_engineer');
    expect(keyOf('Помощник генерального директора')).toBe('assistant');
    expect(keyOf('Заместитель генерального директора по коммерции')).toBe('commercial_director');
    expect(keyOf('Зам. директора по производству')).toBe('production_director');
    const deputyOfHead = normalizePosition('Заместитель начальника отдела снабжения');
    expect(deputyOfHead?.known).toBe(false);
  });

  it('gives unknown titles a normalised free-text key', () => {
    const a = normalizePosition('  Ведущий   специалист по ВЭД ');
    expect(a).toEqual({
      key: 'ведущий специалист по вэд',
      label: { en: 'Ведущий специалист по ВЭД', ru: 'Ведущий специалист по ВЭД' },
      known: false,
    });
    expect(normalizePosition('вед. специалист по ВЭД')?.key).toBe(a?.key);
    expect(normalizePosition('Руководитель отдела')?.known).toBe(false);
  });

  it('returns null for empty text', () => {
    expect(normalizePosition('')).toBeNull();
    expect(normalizePosition('  — ')).toBeNull();
  });

  it('labels canonical positions in both languages', () => {
    expect(normalizePosition('гл. инженер')?.label).toEqual({
      en: 'Chief Engineer',
      ru: 'Главный инженер',
    });
    expect(positionLabel('cfo')).toEqual({
      en: 'Chief Financial Officer (CFO)',
      ru: 'Финансовый директор',
    });
    expect(positionLabel('что-то своё')).toEqual({ en: 'что-то своё', ru: 'что-то своё' });
  });
});

describe('POSITION_VOCABULARY', () => {
  it('has at least 40 canonical positions with unique snake_case keys and both labels', () => {
    expect(POSITION_VOCABULARY.length).toBeGreaterThanOrEqual(40);
    const keys = POSITION_VOCABULARY.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of POSITION_VOCABULARY) {
      expect(d.key).toMatch(/^[a-z][a-z_]*$/);
      expect(d.en.trim()).not.toBe('');
      expect(d.ru.trim()).not.toBe('');
      expect(isKnownPositionKey(d.key)).toBe(true);
    }
  });

  it('maps every canonical label back to its own key', () => {
    for (const d of POSITION_VOCABULARY) {
      expect([d.key, keyOf(d.ru)]).toEqual([d.key, d.key]);
      expect([d.key, keyOf(d.en)]).toEqual([d.key, d.key]);
    }
  });
});

describe('secretaries of someone', () => {
  it('are secretaries, not the person they work for', () => {
    expect(normalizePosition('Секретарь генерального директора')?.key).toBe('secretary');
    expect(normalizePosition('Secretary to the CEO')?.key).toBe('secretary');
    expect(normalizePosition('Секретарь')?.key).toBe('secretary');
    expect(normalizePosition('Генеральный директор')?.key).not.toBe('secretary');
  });
});
