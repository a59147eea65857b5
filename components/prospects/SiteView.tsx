import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getDb } from '@/lib/db/database';
import { findProspectForPage } from '@/lib/db/prospects';
import type { Prospect } from '@/lib/model';
import { loadSiteKey } from '@/lib/site/siteKey';
import { classifyUrl, lookupKeys } from '@/lib/site/url';
import { useApp } from '../app/AppContext';
import type { ActiveTabState } from '../app/useActiveTab';
import { EmptyState } from '../ui/EmptyState';
import { ProspectView } from './ProspectView';
import { UnknownSite } from './UnknownSite';

/**
 * Marks the moment the panel shows what the tab is about and can be worked with (read by
 * `npm run bench`). "Shown" is marked once, here or earlier by the first paint (components/app/glimpse.ts).
 */
function useShownMark(ready: boolean, key: string) {
  useEffect(() => {
    if (!ready) return;
    if (performance.getEntriesByName('dealbrief:site-shown').length === 0)
      performance.mark('dealbrief:site-shown', { detail: key });
    performance.mark('dealbrief:site-interactive', { detail: key });
  }, [ready, key]);
}

/** A page's prospect (null: none), with the lookup keys it was read for. */
export interface InitialProspect {
  keysId: string;
  prospect: Prospect | null;
}

/** Decides what the panel shows for a tab: a prospect, an unknown site, or a clear empty state. */
export function SiteView({
  state,
  initialProspect,
}: {
  state: ActiveTabState;
  initialProspect?: InitialProspect;
}) {
  const { t } = useApp();
  const tab = state.status === 'tab' ? state.tab : null;
  const site = classifyUrl(tab?.url);
  const keys = site.kind === 'web' ? lookupKeys(site) : [];
  const keysId = keys.join(' ');
  // Each answer carries the keys it was read for: when the tab moves to another site, the live
  // query keeps its last answer until the new one comes, and that answer is the previous
  // site's company (editable) – a read that waits behind a write can take a while.
  const found = useLiveQuery(
    async (): Promise<InitialProspect> => ({
      keysId,
      prospect:
        site.kind === 'web'
          ? ((await findProspectForPage(getDb(), site, loadSiteKey)) ?? null)
          : null,
    }),
    // `keysId` stands for `keys` (a new array each render).
    [keysId],
    // Until the live query answers, the record read before the first render (same keys only).
    initialProspect,
  );
  const prospect = found?.keysId === keysId ? found.prospect : undefined;
  const ready = state.status !== 'loading' && (site.kind !== 'web' || prospect !== undefined);
  useShownMark(ready, keysId || site.kind);

  if (state.status === 'loading') return <p className="status">{t('app.loading')}</p>;
  if (state.status === 'closed')
    return (
      <EmptyState title={t('site.unsupported.no_url.title')}>{t('site.tabClosed')}</EmptyState>
    );
  if (site.kind === 'unsupported') {
    return (
      <EmptyState title={t(`site.unsupported.${site.reason}.title`)}>
        {t(`site.unsupported.${site.reason}.body`)}
      </EmptyState>
    );
  }
  if (prospect === undefined) return <p className="status">{t('app.loading')}</p>;
  if (prospect === null) return <UnknownSite url={site.url} title={tab?.title ?? ''} />;
  return <ProspectView key={prospect.id} prospect={prospect} />;
}
