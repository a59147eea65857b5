import { captureClip, type DealBriefDb } from '../db';
import { HandlerError } from '../messaging/server';
import {
  MAX_CLIP_QUOTE_LENGTH,
  MAX_EVIDENCE_QUOTE_LENGTH,
  type Clip,
  type Evidence,
} from '../model';
import { identifySite, siteNameFromTitle, storableTitle } from '../site/domain';
import { cutText } from '../text/cut';

export interface CaptureRequest {
  text: string;
  url: string;
  title: string;
}

/**
 * Saves a page selection as a clip on the site's prospect (created if needed). Page text is
 * data: it is stored as a plain string and only ever rendered as text.
 */
export async function captureSelection(
  db: DealBriefDb,
  owner: string,
  request: CaptureRequest,
): Promise<Clip> {
  const site = identifySite(request.url);
  if (site.kind !== 'site')
    throw new HandlerError('capture_unsupported', `Cannot capture from ${site.reason}`);
  const quote = normaliseQuote(request.text);
  if (!quote) throw new HandlerError('capture_empty', 'Nothing selected');
  return captureClip(db, {
    domain: site.key,
    siteName: siteNameFromTitle(request.title, site.key),
    owner,
    quote,
    url: site.url,
    pageTitle: storableTitle(request.title),
  });
}

/**
 * The page a selection was captured from, as the evidence kept beside what it became (a need, a
 * person, a portrait value): `site.url` as identifySite gives it (already storable), the title
 * and the quote cut to what evidence holds – a selection may be far longer.
 */
export function pageEvidence(
  site: { url: string },
  title: string,
  quote: string,
  capturedAt: number,
): Evidence {
  return {
    kind: 'page',
    url: site.url,
    pageTitle: storableTitle(title),
    quote: cutText(quote, MAX_EVIDENCE_QUOTE_LENGTH),
    capturedAt,
  };
}

/**
 * Trims, drops invisible control characters and the non-characters U+FFFE/U+FFFF (not text, and
 * not allowed in the XML of a Word or Excel export), keeps line breaks, caps the size (a clip's).
 */
export function normaliseQuote(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060\uFEFF\uFFFE\uFFFF]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_CLIP_QUOTE_LENGTH)
  );
}
