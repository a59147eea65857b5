// E-mail addresses from mailto: links, structured data and visible text, including the common
// obfuscations ("info [at] firm.ru", "sales(at)firm(dot)ru"). Asset names such as logo@2x.png
// and placeholder addresses are rejected.
import { FactBag, evidence } from './facts';
import type { EmailFact, Evidence } from './schema';
import { allNodes, strings, type SdNode } from './sd';
import { cleanValue, snippetAround, type TextModel } from './text';

const AT_RE =
  /\s*(?:\[\s*(?:at|собака|@)\s*\]|\(\s*(?:at|собака|@)\s*\)|\{\s*(?:at|собака)\s*\}|\s(?:at|собака)\s)\s*/gi;
const DOT_RE =
  /\s*(?:\[\s*(?:dot|точка)\s*\]|\(\s*(?:dot|точка)\s*\)|\{\s*(?:dot|точка)\s*\}|\s(?:dot|точка)\s)\s*/gi;
const ASSET_TLD =
  /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|css|js|mjs|json|woff2?|ttf|eot|mp4|webm|pdf)$/i;
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net|ru)|domain\.(?:com|ru)|yourdomain\.\w+|yoursite\.\w+|site\.(?:com|ru)|mysite\.\w+|test\.(?:com|ru)|email\.com|sentry\.io|sentry-next\.wixpress\.com|wixpress\.com)$/i;
const PLACEHOLDER_LOCAL =
  /^(?:your-?(?:name|email|mail)?|name|email|user|username|you|ivanov|example|test)$/i;

/** Lower-cased, validated address, or undefined when it is an asset name or a placeholder. */
export function normaliseEmail(raw: string): string | undefined {
  const s = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/[.,;:]+$/, '')
    .toLowerCase();
  const at = s.lastIndexOf('@');
  if (at <= 0 || s.indexOf('@') !== at) return undefined;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (!/^[\p{L}\d._%+-]+$/u.test(local) || local.length > 64) return undefined;
  if (!/^(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+[\p{L}]{2,24}$/u.test(domain)) return undefined;
  if (ASSET_TLD.test(domain) || /^\d+x\b/.test(domain)) return undefined;
  if (
    PLACEHOLDER_DOMAIN.test(domain) ||
    (PLACEHOLDER_LOCAL.test(local) && /^(?:mail|gmail|yandex)\./.test(domain))
  )
    return undefined;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  return s;
}

export function extractEmails(doc: Document, model: TextModel, sd: SdNode[]): EmailFact[] {
  const bag = new FactBag<EmailFact>();
  const add = (value: string, ev: Evidence | (() => Evidence)) =>
    bag.add(value, () => ({ value, evidence: [] }), ev);

  const links = doc.querySelectorAll('a[href^="mailto:" i]');
  for (let i = 0; i < links.length && i < 500; i++) {
    const a = links[i]!;
    let href = (a.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0] ?? '';
    try {
      href = decodeURIComponent(href);
    } catch {
      // keep raw
    }
    for (const part of href.split(/[,;]/)) {
      const v = normaliseEmail(part);
      if (v)
        add(
          v,
          evidence(
            'link',
            cleanValue(a.parentElement?.textContent ?? a.textContent ?? '', 200) || v,
          ),
        );
    }
  }
  for (const n of allNodes(sd)) {
    for (const s of strings(n, 'email')) {
      const v = normaliseEmail(s);
      if (v) add(v, evidence(n.source, `email: ${s}`));
    }
  }
  for (const f of findTextEmails(model.text))
    add(f.value, () => evidence('text', snippetAround(model.text, f.start, f.end)));
  return bag.values();
}

export function findTextEmails(text: string): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  scan(text, out);
  // De-obfuscation changes offsets, so it runs per line and maps hits back to the line.
  if (/\b(?:at|dot|собака|точка)\b|\[@\]|\(@\)/i.test(text)) {
    // Jump from one line holding an "at" marker to the next instead of testing every line.
    const marker = /\b(?:at|собака)\b|\[@\]|\(@\)/gi;
    let hit: RegExpExecArray | null;
    while ((hit = marker.exec(text))) {
      const start = text.lastIndexOf('\n', hit.index) + 1;
      let nl = text.indexOf('\n', hit.index);
      if (nl === -1) nl = text.length;
      marker.lastIndex = nl;
      const line = text.slice(start, nl);
      if (line.length < 2000) {
        const plain = line.replace(AT_RE, '@').replace(DOT_RE, '.');
        if (plain !== line) {
          const hits: typeof out = [];
          scan(plain, hits);
          for (const h of hits) out.push({ value: h.value, start, end: nl });
        }
      }
    }
  }
  return out;
}

// Anchored on '@' rather than a global regex: a regex that may start at every letter of a
// 500 KB page costs far more than walking back from the few '@' characters.
const LOCAL_CH = /[\p{L}\d._%+-]/u;
const DOMAIN_STICKY = /[\p{L}\d](?:[\p{L}\d-]{0,62}\.){1,4}[\p{L}]{2,24}(?![\p{L}\d-])/uy;

function scan(text: string, out: Array<{ value: string; start: number; end: number }>): void {
  let at = text.indexOf('@');
  let budget = 5000;
  while (at !== -1 && budget-- > 0) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL_CH.test(text[s - 1]!)) s--;
    while (s < at && !/[\p{L}\d]/u.test(text[s]!)) s++;
    DOMAIN_STICKY.lastIndex = at + 1;
    const d = DOMAIN_STICKY.exec(text);
    if (d && s < at) {
      const end = at + 1 + d[0].length;
      const v = normaliseEmail(text.slice(s, end));
      if (v) out.push({ value: v, start: s, end });
    }
    at = text.indexOf('@', at + 1);
  }
}
