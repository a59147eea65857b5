import { getDb } from '@/lib/db/database';
import { updateProspect } from '@/lib/db/prospects';
import { formatRelativeTime } from '@/lib/i18n';
import type { Prospect } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';
import { Suspense, useState } from 'react';
import { Tabs } from '../ui/Tabs';
import { DomainsEditor } from './DomainsEditor';
import { SECTIONS } from './sections';

const SECTION_KEY = 'dealbrief:section';

/** The open section survives switching prospects and reopening the panel in this session. */
function useSection(): [string, (id: string) => void] {
  const [section, setSection] = useState(() => {
    const saved = sessionStorage.getItem(SECTION_KEY);
    return SECTIONS.some((s) => s.id === saved) ? saved! : SECTIONS[0]!.id;
  });
  return [
    section,
    (id) => {
      sessionStorage.setItem(SECTION_KEY, id);
      setSection(id);
    },
  ];
}

/** The prospect of the current site: who it is, where it stands, and what the rep has kept. */
export function ProspectView({ prospect }: { prospect: Prospect }) {
  const { t, lang, reportError } = useApp();
  const [section, setSection] = useSection();
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0]!;
  const name = useAutosavedText(
    `name:${prospect.id}`,
    { text: prospect.name, at: prospect.updatedAt },
    async (text, at) => void (await updateProspect(getDb(), prospect.id, { name: text }, at)),
    reportError,
    // Stored trimmed (lists, search and exports match on it), never empty: the field keeps a
    // space typed before a pause, and stays empty while the rep retypes the name.
    { normalize: (text) => text.trim() || prospect.domains[0]! },
  );

  return (
    <>
      <header className="prospect-header">
        <h1 className="visually-hidden">{prospect.name}</h1>
        <label htmlFor="prospect-name" className="visually-hidden">
          {t('prospect.name')}
        </label>
        <input
          id="prospect-name"
          className="prospect-name"
          type="text"
          value={name.value ?? prospect.name}
          onChange={(e) => name.onChange(e.target.value)}
        />
        <div className="meta">
          <span title={t('prospect.stage')}>
            <span className="visually-hidden">{t('prospect.stage')}: </span>
            <span className="stage-pill">{t(`stage.${prospect.stage}`)}</span>
          </span>
          <span>
            {t('prospect.owner')}: {prospect.owner || t('prospect.noOwner')}
          </span>
          <span>
            {t('prospect.updated', { time: formatRelativeTime(lang, prospect.updatedAt) })}
          </span>
        </div>
        <DomainsEditor prospect={prospect} />
      </header>
      <Tabs
        items={SECTIONS.map((s) => ({
          id: s.id,
          label: t(s.label),
          ...(s.title ? { title: t(s.title) } : {}),
        }))}
        selected={current.id}
        onSelect={setSection}
        label={t('section.list')}
        idPrefix="prospect"
      >
        <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
          <current.Component prospect={prospect} />
        </Suspense>
      </Tabs>
    </>
  );
}
