import { describe, expect, it } from 'vitest';
import { Brief } from '../model';
import {
  addEntry,
  emptyBrief,
  markQuestionAsked,
  removeItem,
  setBriefText,
  setEntryText,
  upsertObjection,
  upsertSupplier,
} from './briefEdits';

describe('brief edits', () => {
  it('an empty brief is valid and has every section empty', () => {
    const b = emptyBrief('p1', 5);
    expect(Brief.parse(b)).toEqual(b);
    expect(b).toMatchObject({ prospectId: 'p1', situation: [], suppliers: [], budget: '' });
    expect(b.askedQuestionIds).toEqual([]);
  });

  it('sets an entry by id, adding it when new, and removes it', () => {
    let b = emptyBrief('p1', 5);
    b = setEntryText(b, 'situation', 'e1', 'Two plants');
    b = setEntryText(b, 'situation', 'e2', 'Line 3 idle');
    b = setEntryText(b, 'situation', 'e1', 'Two plants, 300 t/month');
    expect(b.situation).toEqual([
      { id: 'e1', text: 'Two plants, 300 t/month' },
      { id: 'e2', text: 'Line 3 idle' },
    ]);
    expect(removeItem(b, 'situation', 'e1').situation.map((e) => e.id)).toEqual(['e2']);
    expect(b.plans).toEqual([]);
  });

  it('adds an entry with evidence and a fresh id', () => {
    const evidence = { kind: 'page' as const, url: 'https://a.ru/', capturedAt: 1 };
    const { brief, entry } = addEntry(
      emptyBrief('p', 1),
      'trends',
      'Import substitution',
      evidence,
    );
    expect(brief.trends).toEqual([entry]);
    expect(entry).toMatchObject({ text: 'Import substitution', evidence });
    expect(entry.id).not.toBe('');
  });

  it('upserts suppliers and objections field by field', () => {
    let b = upsertSupplier(emptyBrief('p', 1), 's1', { dislikes: 'late' });
    b = upsertSupplier(b, 's1', { name: 'MetalTorg' });
    expect(b.suppliers).toEqual([{ id: 's1', name: 'MetalTorg', likes: '', dislikes: 'late' }]);
    expect(removeItem(b, 'suppliers', 's1').suppliers).toEqual([]);
    let o = upsertObjection(b, 'o1', { text: 'Too expensive' });
    o = upsertObjection(o, 'o1', { answer: 'Price fixed for a year' });
    expect(o.objections).toEqual([
      { id: 'o1', text: 'Too expensive', answer: 'Price fixed for a year' },
    ]);
    expect(removeItem(o, 'objections', 'o1').objections).toEqual([]);
  });

  it('sets budget and timing, and remembers asked questions once', () => {
    let b = setBriefText(emptyBrief('p', 1), 'budget', '2 mln ₽/year');
    b = setBriefText(b, 'timing', 'Q3');
    expect(b).toMatchObject({ budget: '2 mln ₽/year', timing: 'Q3' });
    b = markQuestionAsked(markQuestionAsked(b, 'price.situation'), 'price.situation');
    expect(b.askedQuestionIds).toEqual(['price.situation']);
  });
});
