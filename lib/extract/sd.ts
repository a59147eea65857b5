// One shape for structured data, whatever the syntax: JSON-LD, microdata and h-card are all
// converted to SdNode so that org/phone/address/people logic reads schema.org-style properties once.
import type { EvidenceSource } from './schema';

export type SdValue = string | SdNode;

export interface SdNode {
  /** Local type names without the schema.org prefix: "LocalBusiness", "Person", "PostalAddress". */
  types: string[];
  props: Map<string, SdValue[]>;
  source: Extract<EvidenceSource, 'jsonld' | 'microdata' | 'hcard'>;
}

/** Caps for hostile structured data (huge arrays, deep nesting, reference cycles). */
export const SD_LIMITS = { maxNodes: 3000, maxDepth: 8, maxArray: 200, maxString: 2000 };

export function localType(t: string): string {
  const s = t.trim();
  const cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'), s.lastIndexOf(':'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

export function strings(node: SdNode, prop: string): string[] {
  const out: string[] = [];
  for (const v of node.props.get(prop) ?? [])
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
  return out;
}

export function firstString(node: SdNode, prop: string): string | undefined {
  return strings(node, prop)[0];
}

export function children(node: SdNode, prop: string): SdNode[] {
  const out: SdNode[] = [];
  for (const v of node.props.get(prop) ?? []) if (typeof v !== 'string') out.push(v);
  return out;
}

/** Every node reachable from the roots (including nested ones), each once, capped. */
export function allNodes(roots: readonly SdNode[]): SdNode[] {
  const seen = new Set<SdNode>();
  const stack = [...roots];
  while (stack.length > 0 && seen.size < SD_LIMITS.maxNodes) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const vals of n.props.values())
      for (const v of vals) if (typeof v !== 'string' && !seen.has(v)) stack.push(v);
  }
  return [...seen];
}

const ORG_TYPE_RE =
  /(Organization|Organisation|Business|Store|Shop|Restaurant|Company|Corporation|Agency|Service|Services|Office|Clinic|Dentist|Physician|Attorney|Notary|Hotel|Bakery|Cafe|CafeOrCoffeeShop|Bar|Brewery|Winery|Center|Centre|Dealer|Contractor|Electrician|Plumber|Locksmith|Roofer|Painter|Firm|School|Library|Hospital|Pharmacy|Gym|Salon|Spa|Studio|Repair|Airline|NGO|Cooperative|GovernmentOrganization|Consortium)$/;
const NON_ORG_TYPES = new Set([
  'WebSite',
  'WebPage',
  'Person',
  'PostalAddress',
  'Offer',
  'Product',
  'Review',
  'BreadcrumbList',
  'ImageObject',
  'SearchAction',
  'Article',
  'BlogPosting',
  'NewsArticle',
  'Event',
  'Place',
]);

export function isOrgNode(n: SdNode): boolean {
  return n.types.some((t) => !NON_ORG_TYPES.has(t) && ORG_TYPE_RE.test(t));
}

export function isPersonNode(n: SdNode): boolean {
  return n.types.includes('Person');
}
