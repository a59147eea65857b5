// Every user-visible string, in English and Russian: one JSON file per feature and language
// (same file names and keys in both folders – locales.test.ts holds that). Add a feature's
// files here, in both lists.
import enCore from './en/core.json';
import ruCore from './ru/core.json';

export const en = { ...enCore };
export const ru = { ...ruCore } satisfies Record<keyof typeof en, unknown>;
