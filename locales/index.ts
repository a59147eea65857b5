// Every user-visible string, in English and Russian: one JSON file per feature and language
// (same file names and keys in both folders – locales.test.ts holds that). Add a feature's
// files here, in both lists.
import enCore from './en/core.json';
import ruCore from './ru/core.json';
import enPortrait from './en/portrait.json';
import ruPortrait from './ru/portrait.json';
import enPeople from './en/people.json';
import ruPeople from './ru/people.json';
import enBrief from './en/brief.json';
import ruBrief from './ru/brief.json';
import enUsp from './en/usp.json';
import ruUsp from './ru/usp.json';
import enDashboard from './en/dashboard.json';
import ruDashboard from './ru/dashboard.json';

export const en = { ...enCore, ...enPortrait, ...enPeople, ...enBrief, ...enUsp, ...enDashboard };
export const ru = {
  ...ruCore,
  ...ruPortrait,
  ...ruPeople,
  ...ruBrief,
  ...ruUsp,
  ...ruDashboard,
} satisfies Record<keyof typeof en, unknown>;
