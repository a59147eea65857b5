import { useEffect, useState } from 'react';
import { getDb } from '@/lib/db/database';
import { createProspect } from '@/lib/db/prospects';
import type { SiteIdentity } from '@/lib/site/domain';
import { useApp } from '../app/AppContext';
import { EmptyState } from '../ui/EmptyState';

/** The public-suffix list is only needed to name a site nobody has started yet: load it then. */
function useSiteIdentity(url: string): SiteIdentity | null {
  const [identity, setIdentity] = useState<{ url: string; id: SiteIdentity } | null>(null);
  useEffect(() => {
    let live = true;
    void import('@/lib/site/domain').then(
      (m) => live && setIdentity({ url, id: m.identifySite(url) }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return identity?.url === url ? identity.id : null;
}

/** A site with no prospect yet: its name and domain, and one action to start a brief. */
export function UnknownSite({ url, title }: { url: string; title: string }) {
  const { t, settings, reportError } = useApp();
  const [busy, setBusy] = useState(false);
  const site = useSiteIdentity(url);
  const [name, setName] = useState('');
  useEffect(() => {
    if (site?.kind === 'site')
      void import('@/lib/site/domain').then((m) => setName(m.siteNameFromTitle(title, site.key)));
  }, [site, title]);

  if (!site || (site.kind === 'site' && !name)) return <p className="status">{t('app.loading')}</p>;
  if (site.kind !== 'site') {
    return (
      <EmptyState title={t('site.unsupported.invalid.title')}>
        {t('site.unsupported.invalid.body')}
      </EmptyState>
    );
  }

  const start = async () => {
    setBusy(true);
    try {
      // The toolbar badge follows by itself (components/app/badgeSync.ts).
      await createProspect(getDb(), { domain: site.key, name, owner: settings.repName });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="empty-state" aria-labelledby="unknown-site-name">
      <h1 id="unknown-site-name">{name}</h1>
      <p className="site-domain">{site.key}</p>
      <p>
        <strong>{t('site.unknown.heading')}</strong>
      </p>
      <p>{t('site.unknown.body')}</p>
      {site.publicSuffix ? (
        <p className="notice">{t('site.unknown.publicSuffix', { domain: site.key })}</p>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => void start()}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        {busy ? t('site.unknown.starting') : t('site.unknown.start')}
      </button>
    </section>
  );
}
