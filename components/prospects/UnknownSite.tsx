import { useState } from 'react';
import { createProspect, getDb } from '@/lib/db';
import { sendMessage } from '@/lib/messaging/client';
import { siteNameFromTitle, type SiteIdentity } from '@/lib/site/domain';
import { useApp } from '../app/AppContext';

/** A site with no prospect yet: its name and domain, and one action to start a brief. */
export function UnknownSite({
  site,
  title,
}: {
  site: Extract<SiteIdentity, { kind: 'site' }>;
  title: string;
}) {
  const { t, settings, reportError } = useApp();
  const [busy, setBusy] = useState(false);
  const name = siteNameFromTitle(title, site.key);

  const start = async () => {
    setBusy(true);
    try {
      await createProspect(getDb(), { domain: site.key, name, owner: settings.repName });
      void sendMessage('refreshBadge', {}).catch(() => undefined);
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
      <button type="button" className="button" onClick={() => void start()} disabled={busy}>
        {busy ? t('site.unknown.starting') : t('site.unknown.start')}
      </button>
    </section>
  );
}
