// Test helpers: valid records with defaults, built through the zod schemas.

import { Brief, Need, Prospect } from '../model';

let seq = 0;
const next = () => `${(seq += 1)}`;

export function brief(fields: Partial<Brief> = {}): Brief {
  return Brief.parse({ prospectId: 'acme', updatedAt: 1_000, ...fields });
}

export function need(fields: Partial<Need> = {}): Need {
  return Need.parse({
    id: `n${next()}`,
    prospectId: 'acme',
    statement: 'A need',
    createdAt: 1_000,
    updatedAt: 1_000,
    ...fields,
  });
}

export function prospect(fields: Partial<Prospect> = {}): Prospect {
  return Prospect.parse({
    id: 'acme',
    domains: ['acme.ru'],
    name: 'Acme',
    createdAt: 1_000,
    updatedAt: 1_000,
    ...fields,
  });
}

export const entry = (text: string) => ({ id: `t${next()}`, text });

/** A brief with every text item of the completeness checklist filled (needs and people aside). */
export function filledBrief(fields: Partial<Brief> = {}): Brief {
  return brief({
    situation: [entry('Two plants, 300 t/month')],
    suppliers: [{ id: 's1', name: 'MetalTorg', likes: 'price', dislikes: '' }],
    plans: [entry('Third line in 2026')],
    trends: [entry('Import substitution: buyers move to domestic steel')],
    decisionProcess: [entry('Chief engineer chooses, director signs')],
    ...fields,
  });
}
