import { findProspectByDomain, type DealBriefDb } from '../db';
import type { Translate } from '../i18n';
import { identifySite } from '../site/domain';

/** The part of the `action` API the badge needs (so tests can pass a fake). */
export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
  setBadgeBackgroundColor?(details: { tabId?: number; color: string }): Promise<void>;
}

export const BADGE_KNOWN = '✓';

/** Shows on the toolbar icon whether the tab's site already has a brief. */
export async function updateBadge(
  api: BadgeApi,
  db: DealBriefDb,
  tab: { id?: number; url?: string },
  t: Translate,
): Promise<boolean> {
  if (tab.id === undefined) return false;
  const site = identifySite(tab.url);
  const prospect = site.kind === 'site' ? await findProspectByDomain(db, site.key) : undefined;
  await api.setBadgeText({ tabId: tab.id, text: prospect ? BADGE_KNOWN : '' });
  await api.setBadgeBackgroundColor?.({ tabId: tab.id, color: '#1f6f43' });
  await api.setTitle({
    tabId: tab.id,
    title: prospect ? t('badge.known', { name: prospect.name }) : t('badge.unknown'),
  });
  return Boolean(prospect);
}
