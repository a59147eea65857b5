// Microformats (h-card / vcard, h-adr / adr) → SdNode with schema.org-like property names.
// microformats-parser wants HTML, so we only serialise the microformat roots, never the page.
import { mf2 } from 'microformats-parser';
import type { SdNode, SdValue } from './sd';

const ROOT_SELECTOR = '.h-card, .vcard, .h-adr, .adr';
const MAX_ROOTS = 30;
const MAX_HTML = 300_000;

type MfItem = {
  type?: string[];
  properties?: Record<string, unknown[]>;
  value?: unknown;
  children?: MfItem[];
};

const PROP_MAP: Record<string, string> = {
  name: 'name',
  org: 'org',
  tel: 'telephone',
  email: 'email',
  url: 'url',
  'job-title': 'jobTitle',
  role: 'jobTitle',
  adr: 'address',
  'street-address': 'streetAddress',
  'extended-address': 'streetAddress2',
  locality: 'addressLocality',
  region: 'addressRegion',
  'postal-code': 'postalCode',
  'country-name': 'addressCountry',
  label: 'label',
  'given-name': 'givenName',
  'family-name': 'familyName',
  logo: 'logo',
  note: 'note',
};

export function readHCards(doc: Document, baseUrl: string): SdNode[] {
  const found = doc.querySelectorAll(ROOT_SELECTOR);
  if (found.length === 0) return [];
  const htmls: string[] = [];
  let total = 0;
  for (let i = 0; i < found.length && htmls.length < MAX_ROOTS; i++) {
    const el = found[i]!;
    // Nested roots are serialised as part of their outermost root.
    if (el.parentElement?.closest(ROOT_SELECTOR)) continue;
    const html = el.outerHTML;
    if (total + html.length > MAX_HTML) break;
    total += html.length;
    htmls.push(html);
  }
  if (htmls.length === 0) return [];
  let items: MfItem[];
  try {
    items = (mf2(`<html><body>${htmls.join('\n')}</body></html>`, { baseUrl }).items ??
      []) as MfItem[];
  } catch {
    return [];
  }
  const out: SdNode[] = [];
  const stack: Array<{ item: MfItem; depth: number }> = items.map((item) => ({ item, depth: 0 }));
  while (stack.length > 0) {
    const { item, depth } = stack.pop()!;
    const node = toNode(item, depth);
    if (node) out.push(node);
    for (const c of item.children ?? []) if (depth < 4) stack.push({ item: c, depth: depth + 1 });
  }
  return out;
}

function toNode(item: MfItem, depth: number): SdNode | undefined {
  const types = item.type ?? [];
  const isCard = types.includes('h-card');
  const isAdr = types.includes('h-adr');
  if (!isCard && !isAdr) return undefined;
  const node: SdNode = { types: [], props: new Map(), source: 'hcard' };
  for (const [k, vals] of Object.entries(item.properties ?? {})) {
    const key = PROP_MAP[k];
    if (!key) continue;
    const list: SdValue[] = [];
    for (const v of vals.slice(0, 50)) {
      if (typeof v === 'string') list.push(key === 'email' ? v.replace(/^mailto:/i, '') : v);
      else if (v && typeof v === 'object') {
        const sub = v as MfItem;
        const child = depth < 4 ? toNode(sub, depth + 1) : undefined;
        if (child) list.push(child);
        else if (typeof sub.value === 'string') list.push(sub.value);
      }
    }
    if (list.length > 0) node.props.set(key, list);
  }
  if (isAdr) {
    node.types = ['PostalAddress'];
    return node;
  }
  // An h-card is an organisation when its name is its org (the mf2 convention "fn org"),
  // a person when it has a personal name or a separate org.
  const name = str(node.props.get('name'));
  const org = node.props.get('org');
  const orgName = str(org);
  if (name && orgName && name === orgName) node.types = ['Organization'];
  else if (
    node.props.has('givenName') ||
    node.props.has('familyName') ||
    node.props.has('jobTitle') ||
    orgName
  )
    node.types = ['Person'];
  else node.types = ['Thing'];
  if (node.types[0] === 'Person' && orgName)
    node.props.set('worksFor', [
      { types: ['Organization'], props: new Map([['name', [orgName]]]), source: 'hcard' },
    ]);
  // h-adr inside an h-card arrives under "adr"; flat adr properties on the card itself become one.
  const flat = [
    'streetAddress',
    'addressLocality',
    'addressRegion',
    'postalCode',
    'addressCountry',
  ];
  if (!node.props.has('address') && flat.some((k) => node.props.has(k))) {
    const adr: SdNode = { types: ['PostalAddress'], props: new Map(), source: 'hcard' };
    for (const k of flat) {
      const v = node.props.get(k);
      if (v) adr.props.set(k, v);
    }
    node.props.set('address', [adr]);
  }
  return node;
}

function str(vals: SdValue[] | undefined): string | undefined {
  for (const v of vals ?? []) {
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v !== 'string') {
      const n = v.props.get('name');
      const s = n?.find((x): x is string => typeof x === 'string');
      if (s) return s.trim();
    }
  }
  return undefined;
}
