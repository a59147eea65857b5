import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import { formatPath } from '@/lib/offers/io';
import { importProblemText } from './importMessage';

describe('offers import message', () => {
  it('names a problem of the file as a whole in the reader’s language, not as “(file)”', () => {
    const problem = {
      kind: 'invalid',
      path: formatPath([]),
      detail: { code: 'missing' },
    } as const;
    const ru = importProblemText(createTranslator('ru'), problem);
    const en = importProblemText(createTranslator('en'), problem);
    expect(ru).toMatch(/^файл в целом: /);
    expect(en).toMatch(/^the file as a whole: /);
    for (const text of [ru, en]) expect(text).not.toMatch(/\(file\)|\{path\}|^at |^в :/);
  });

  it('names a place inside the file by its path', () => {
    const problem = {
      kind: 'invalid',
      path: formatPath(['profiles', 0, 'name']),
      detail: { code: 'missing' },
    } as const;
    expect(importProblemText(createTranslator('ru'), problem)).toMatch(/^в profiles\[0\]\.name: /);
  });
});
