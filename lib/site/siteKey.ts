// The site key of a page with the public-suffix list (tldts, ~50 KB gzipped) loaded only when it
// is asked for: the side panel needs it to start a brief and to settle a lookup that found a
// parent domain (lib/db/prospects.ts `findProspectForPage`), not to show a known site.

/** The page's prospect key as `identifySite` gives it, or null for a page with none. */
export async function loadSiteKey(url: string): Promise<string | null> {
  const { identifySite } = await import('./domain');
  const site = identifySite(url);
  return site.kind === 'site' ? site.key : null;
}
