// The scanner's output contract. The result is produced inside the page (scripting.executeScript)
// and crosses into the side panel, which must re-validate it: these schemas are that contract.
import { z } from 'zod';

export const EvidenceSource = z.enum([
  'jsonld',
  'microdata',
  'hcard',
  'opengraph',
  'meta',
  'link',
  'text',
]);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/** Where a fact came from; the page URL is added by the caller, who knows which page it scanned. */
export const Evidence = z.object({
  snippet: z.string().max(200),
  source: EvidenceSource,
});
export type Evidence = z.infer<typeof Evidence>;

const evidenceList = z.array(Evidence);

export const OrgCandidate = z.object({
  value: z.string().min(1),
  /** legal: carries a legal form (ООО «…», Inc); brand: a trading/site name without one. */
  kind: z.enum(['legal', 'brand']),
  score: z.number(),
  evidence: evidenceList,
});
export type OrgCandidate = z.infer<typeof OrgCandidate>;

export const OrgFacts = z.object({
  legalName: z.string().optional(),
  brand: z.string().optional(),
  candidates: z.array(OrgCandidate),
});
export type OrgFacts = z.infer<typeof OrgFacts>;

export const PhoneFact = z.object({
  /** E.164, with `;ext=N` when the page gives an extension. */
  value: z.string().regex(/^\+\d{7,15}(;ext=\d{1,8})?$/),
  /** True when a fax label is attached to the number ("тел./факс" counts). */
  fax: z.boolean(),
  evidence: evidenceList,
});
export type PhoneFact = z.infer<typeof PhoneFact>;

export const EmailFact = z.object({
  value: z.string().min(3),
  evidence: evidenceList,
});
export type EmailFact = z.infer<typeof EmailFact>;

export const AddressFact = z.object({
  raw: z.string().min(1),
  postcode: z.string().optional(),
  city: z.string().optional(),
  street: z.string().optional(),
  region: z.string().optional(),
  country: z.string().optional(),
  evidence: evidenceList,
});
export type AddressFact = z.infer<typeof AddressFact>;

export const RuIdKind = z.enum(['inn', 'ogrn', 'ogrnip', 'kpp']);
export type RuIdKind = z.infer<typeof RuIdKind>;

export const RuIdFact = z.object({
  kind: RuIdKind,
  value: z.string().regex(/^[\dA-Z]{9,15}$/),
  evidence: evidenceList,
});
export type RuIdFact = z.infer<typeof RuIdFact>;

export const SocialNetwork = z.enum([
  'vk',
  'telegram',
  'ok',
  'dzen',
  'rutube',
  'youtube',
  'linkedin',
  'facebook',
  'x',
  'instagram',
  'github',
]);
export type SocialNetwork = z.infer<typeof SocialNetwork>;

export const SocialFact = z.object({
  /** Normalised profile URL: https, lower-case host without www./m., no query/fragment/trailing slash. */
  url: z.string().url(),
  network: SocialNetwork,
  evidence: evidenceList,
});
export type SocialFact = z.infer<typeof SocialFact>;

export const PersonFact = z.object({
  name: z.string().min(2),
  position: z.string().optional(),
  evidence: evidenceList,
});
export type PersonFact = z.infer<typeof PersonFact>;

export const ScanResult = z.object({
  /**
   * The address of the page the scanner ran in (its `location.href`), so the caller can tell
   * whether the tab was still on the site it checked before injecting. Set by the scanner
   * (entrypoints/scan.ts); absent in scans kept before it was, and in merged results.
   */
  url: z
    .string()
    .max(2 * 1024 * 1024)
    .optional(),
  org: OrgFacts,
  phones: z.array(PhoneFact),
  emails: z.array(EmailFact),
  addresses: z.array(AddressFact),
  ids: z.array(RuIdFact),
  socials: z.array(SocialFact),
  people: z.array(PersonFact),
  /** Set when a size cap cut the scan short (huge page); the facts found so far are still valid. */
  truncated: z.boolean(),
});
export type ScanResult = z.infer<typeof ScanResult>;

export interface ScanOptions {
  url: string;
  lang?: string;
}
