// The page scanner: Document in, plain facts out. Pure – no extension APIs, no network – so the
// same code runs injected into a tab (real DOM) and in node over jsdom (CLI, tests, eval).
import { extractAddresses } from './address';
import { extractEmails } from './emails';
import { readHCards } from './hcard';
import { extractIds } from './ids';
import { readJsonLd } from './jsonld';
import { readMicrodata } from './microdata';
import { extractOrg } from './org';
import { extractPeople } from './people';
import { extractPhones } from './phones';
import { extractSocials } from './socials';
import { defaultRegion, pageLang } from './region';
import type { ScanOptions, ScanResult } from './schema';
import type { SdNode } from './sd';
import { buildTextModel } from './text';

export { mergeScanResults } from './merge';
export type { ScanOptions, ScanResult } from './schema';

export function scanDocument(doc: Document, opts: ScanOptions): ScanResult {
  const lang = pageLang(doc, opts.lang);
  const region = defaultRegion(opts.url, lang);
  const model = buildTextModel(doc);
  const sd: SdNode[] = [...readJsonLd(doc), ...readMicrodata(doc), ...readHCards(doc, opts.url)];
  const org = extractOrg(doc, model, opts.url, sd);
  const ownNames = [org.legalName, org.brand].filter((x): x is string => Boolean(x));
  return {
    org,
    phones: extractPhones(doc, model, region, sd),
    emails: extractEmails(doc, model, sd),
    addresses: extractAddresses(model, sd),
    ids: extractIds(model, sd),
    socials: extractSocials(doc, sd),
    people: extractPeople(model, sd, ownNames),
    truncated: model.truncated,
  };
}
