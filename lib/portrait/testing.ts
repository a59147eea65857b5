// Test helpers: a scanned page from HTML, an empty portrait.
import { JSDOM } from 'jsdom';
import { scanDocument } from '../extract';
import type { Portrait } from '../model';
import type { ScannedPage } from './suggestions';

export function scannedPage(url: string, html: string, at: number, title = ''): ScannedPage {
  const doc = new JSDOM(html, { url }).window.document;
  return { url, title, scannedAt: at, result: scanDocument(doc, { url }) };
}

export const emptyPortrait = (fields: Portrait['fields'] = {}): Portrait => ({
  prospectId: 'p',
  fields,
  scans: [],
  dismissed: [],
  updatedAt: 0,
});
