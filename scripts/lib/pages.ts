// Shared CLI plumbing: load HTML into jsdom, find labelled pages in directories, build Gold.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import {
  goldFromJson,
  goldFromStructured,
  goldFromWebstruct,
  type Gold,
} from '../../lib/extract/gold';

export function pageUrl(html: string, file: string, explicit?: string): string {
  if (explicit) return explicit;
  const base = /<base\s[^>]*href\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
  if (base && /^https?:/i.test(base)) return base;
  return pathToFileURL(resolve(file)).href;
}

/** jsdom without scripts or resource loading: the scanner must see the page as served. */
export function loadDocument(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

export function walkHtml(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) stack.push(p);
      else if (/\.html?$/i.test(name)) out.push(p);
    }
  }
  return out.sort();
}

export type LabelledPage =
  | {
      file: string;
      kind: 'gold' | 'webstruct' | 'structured';
      doc: Document;
      gold: Gold;
      url: string;
    }
  | { file: string; kind: 'skipped'; reason: string };

export function loadLabelledPage(file: string): LabelledPage {
  const html = readFileSync(file, 'utf8');
  const stem = file.replace(/\.html?$/i, '');
  const goldFile = `${stem}.gold.json`;
  if (existsSync(goldFile)) {
    const gold = goldFromJson(JSON.parse(readFileSync(goldFile, 'utf8')));
    return { file, kind: 'gold', doc: loadDocument(html, gold.url), gold, url: gold.url };
  }
  if (html.includes('WebAnnotator_')) {
    const url = pageUrl(html, file);
    const doc = loadDocument(html, url);
    return { file, kind: 'webstruct', doc, gold: goldFromWebstruct(doc, url), url };
  }
  for (const ext of ['.json', '.jsonld']) {
    const f = `${stem}${ext}`;
    if (!existsSync(f)) continue;
    // Pages without a base URL get a neutral https one so region defaults stay US like upstream.
    const url = pageUrl(html, file).startsWith('file:')
      ? `https://example.com/${basename(stem)}`
      : pageUrl(html, file);
    const gold = goldFromStructured(JSON.parse(readFileSync(f, 'utf8')), url);
    if (!gold)
      return {
        file,
        kind: 'skipped',
        reason: `nothing in ${basename(f)} maps to our facts (org/phone/email/address/sameAs)`,
      };
    return { file, kind: 'structured', doc: loadDocument(html, url), gold, url };
  }
  return { file, kind: 'skipped', reason: `no labels next to it (${basename(dirname(file))})` };
}
