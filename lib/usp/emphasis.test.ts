import { describe, expect, it } from 'vitest';
import type { Role } from '../model/person';
import { EMPHASIS_WEIGHTS, emphasisFor, emphasisWeight } from './emphasis';

const person = (position: string, role: Role = 'unknown') => ({ position, role });

describe('emphasisFor', () => {
  it.each([
    ['генеральный директор', 'money_risk'],
    ['Финансовый директор', 'money_risk'],
    ['CFO', 'money_risk'],
    ['VP Finance', 'money_risk'],
    ['Owner', 'money_risk'],
    ['главный врач', 'money_risk'],
    ['главный инженер', 'reliability_workload'],
    ['Chief Engineer', 'reliability_workload'],
    ['технический директор', 'reliability_workload'],
    ['IT Manager', 'reliability_workload'],
    ['директор по закупкам', 'speed_simplicity'],
    ['начальник отдела снабжения', 'speed_simplicity'],
    ['Purchasing Manager', 'speed_simplicity'],
    ['Procurement Lead', 'speed_simplicity'],
    ['офис-менеджер', 'speed_simplicity'],
  ] as const)('%s → %s', (position, emphasis) => {
    expect(emphasisFor(person(position))).toBe(emphasis);
  });

  // The roles the rule table documents, each in both languages: the Russian and the English
  // title of one position must be heard the same way.
  it.each([
    ['Финансовый директор', 'Finance Director', 'money_risk'],
    ['Главный бухгалтер', 'Chief Accountant', 'money_risk'],
    ['Генеральный директор', 'Managing Director', 'money_risk'],
    ['Владелец', 'Owner', 'money_risk'],
    ['Главный инженер', 'Chief Engineer', 'reliability_workload'],
    ['Главный механик', 'Chief Mechanic', 'reliability_workload'],
    ['Технический директор', 'Technical Director', 'reliability_workload'],
    ['Начальник производства', 'Production Manager', 'reliability_workload'],
    ['Системный администратор', 'System Administrator', 'reliability_workload'],
    ['Сетевой администратор', 'Network Administrator', 'reliability_workload'],
    ['Сисадмин', 'Sysadmin', 'reliability_workload'],
    ['ИТ-администратор', 'IT administrator', 'reliability_workload'],
    ['Директор по закупкам', 'Purchasing Director', 'speed_simplicity'],
    ['Менеджер по закупкам', 'Procurement Manager', 'speed_simplicity'],
    ['Начальник склада', 'Warehouse Manager', 'speed_simplicity'],
    ['Офис-менеджер', 'Office Manager', 'speed_simplicity'],
    ['Администратор', 'Administrator', 'speed_simplicity'],
  ] as const)('%s / %s → %s', (ru, en, emphasis) => {
    // The role alone would say "balanced": only the position can give these emphases.
    expect(emphasisFor(person(ru, 'influencer'))).toBe(emphasis);
    expect(emphasisFor(person(en, 'influencer'))).toBe(emphasis);
  });

  it('falls back to the role when the position says nothing we know', () => {
    expect(emphasisFor(person('', 'economic_buyer'))).toBe('money_risk');
    expect(emphasisFor(person('Иванов', 'technical_expert'))).toBe('reliability_workload');
    expect(emphasisFor(person('', 'gatekeeper'))).toBe('balanced');
    expect(emphasisFor(undefined)).toBe('balanced');
  });

  it('does not read short patterns inside other words ("it" in "quality")', () => {
    expect(emphasisFor(person('Quality auditor'))).toBe('reliability_workload');
    expect(emphasisFor(person('Итоговый контролёр'))).toBe('balanced');
  });
});

describe('emphasisWeight', () => {
  it('weights money for a director and reliability for an engineer', () => {
    const money = new Map([['price', 1]] as const);
    const downtime = new Map([['downtime', 1]] as const);
    expect(emphasisWeight('money_risk', money)).toBeGreaterThan(
      emphasisWeight('money_risk', downtime),
    );
    expect(emphasisWeight('reliability_workload', downtime)).toBeGreaterThan(
      emphasisWeight('reliability_workload', money),
    );
    expect(emphasisWeight('balanced', money)).toBe(0);
  });

  it('keeps every weight within 0..1', () => {
    for (const table of Object.values(EMPHASIS_WEIGHTS)) {
      for (const w of Object.values(table)) {
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThanOrEqual(1);
      }
    }
  });
});
