import { captureClip, type DealBriefDb } from '../db';
import { HandlerError } from '../messaging/server';
import type { Clip } from '../model';
import { identifySite, siteNameFromTitle } from '../site/domain';

export interface CaptureRequest {
  text: string;
  url: string;
  title: string;
}

/** Longest quote we keep from one selection (a whole long page is still far below this). */
export const MAX_QUOTE_LENGTH = 1_000_000;

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
    pageTitle: request.title.slice(0, 2000),
  });
}

/** Trims, drops invisible control characters, keeps line breaks, caps the size. */
export function normaliseQuote(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060\uFEFF]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_QUOTE_LENGTH)
  );
}
