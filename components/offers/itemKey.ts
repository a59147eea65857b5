export type OfferListName = 'properties' | 'differentiators' | 'competitors';

/** How the write-ahead keys have always named each list (kept, so pending entries are found). */
const KEY_PART: Record<OfferListName, string> = {
  properties: 'property',
  differentiators: 'diff',
  competitors: 'competitor',
};

/**
 * The autosave key of one item of an offer profile. Its fields' keys are below it (`…:proof`),
 * so all of them can be flushed at once before the item is removed.
 */
export function offerItemKey(profileId: string, list: OfferListName, itemId: string): string {
  return `offer:${profileId}:${KEY_PART[list]}:${itemId}`;
}
