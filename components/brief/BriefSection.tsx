import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { briefOverview } from '@/lib/brief/briefOverview';
import { mergeField } from '@/lib/autosave/merge3';
import { getDb, updateBrief } from '@/lib/db';
import { setBriefText } from '@/lib/brief/briefEdits';
import type { SectionProps } from '../prospects/sections';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { CompletenessCard } from './CompletenessCard';
import { EntryList } from './EntryList';
import { NeedsList } from './NeedsList';
import { ObjectionsList } from './ObjectionsList';
import { QuestionBank } from './QuestionBank';
import { StagePanel } from './StagePanel';
import { StageSuggestion } from './StageSuggestion';
import { SuppliersList } from './SuppliersList';
import { useBriefData } from './useBriefData';
import './brief.css';

/**
 * The needs brief (Бриф): what the rep learned about the company's situation and needs, how
 * complete it is, what to ask next, and the funnel stage it earns. Every field saves itself.
 */
export default function BriefSection({ prospect }: SectionProps) {
  const { t } = useApp();
  const data = useBriefData(prospect.id);
  const [focusNeedId, setFocusNeedId] = useState<string | null>(null);
  const brief = data === undefined ? undefined : data.brief;
  const needs = useMemo(() => data?.needs ?? [], [data]);
  const people = useMemo(() => data?.people ?? [], [data]);
  const overview = useMemo(
    () => briefOverview({ prospect, brief, needs, people }),
    [prospect, brief, needs, people],
  );

  if (data === undefined) return <p className="status">{t('brief.loading')}</p>;

  // Merged with a change another window saved meanwhile, so neither is lost.
  const saveText = (field: 'budget' | 'timing') => async (text: string, at: number, base: string) =>
    (
      await updateBrief(
        getDb(),
        prospect.id,
        (b) =>
          setBriefText(b, field, mergeField(b[field], base, text, t('autosave.conflictMarker'))),
        at,
      )
    )[field];
  const printUrl = `${browser.runtime.getURL('/brief-print.html')}?prospect=${encodeURIComponent(prospect.id)}`;

  return (
    <div className="brief">
      <div className="brief__top">
        <h2 className="brief__title">{t('brief.heading')}</h2>
        <a
          className="button button--quiet"
          href={printUrl}
          target="_blank"
          rel="noopener"
          title={t('brief.print.hint')}
        >
          {t('brief.print')}
        </a>
      </div>
      <CompletenessCard completeness={overview.completeness} uncovered={overview.uncovered} />
      <StageSuggestion prospect={prospect} suggestion={overview.suggestion} />
      <EntryList
        prospectId={prospect.id}
        brief={brief}
        section="situation"
        label="brief.situation"
        placeholder="brief.situation.placeholder"
      />
      <SuppliersList prospectId={prospect.id} brief={brief} />
      <EntryList
        prospectId={prospect.id}
        brief={brief}
        section="plans"
        label="brief.plans"
        placeholder="brief.plans.placeholder"
      />
      <EntryList
        prospectId={prospect.id}
        brief={brief}
        section="trends"
        label="brief.trends"
        placeholder="brief.trends.placeholder"
      />
      <NeedsList
        prospectId={prospect.id}
        needs={needs}
        people={people}
        focusNeedId={focusNeedId}
        onFocusNeed={setFocusNeedId}
      />
      <QuestionBank
        prospectId={prospect.id}
        questions={overview.questions}
        onRecorded={setFocusNeedId}
      />
      <EntryList
        prospectId={prospect.id}
        brief={brief}
        section="decisionCriteria"
        label="brief.decisionCriteria"
        placeholder="brief.decisionCriteria.placeholder"
      />
      <section
        className="brief-block brief-pair"
        aria-label={`${t('brief.budget')}, ${t('brief.timing')}`}
      >
        {(['budget', 'timing'] as const).map((field) => (
          <AutosavedField
            key={field}
            id={`brief-${field}`}
            docKey={`brief:${prospect.id}:${field}`}
            label={t(`brief.${field}`)}
            stored={brief ? { text: brief[field], at: brief.updatedAt } : null}
            save={saveText(field)}
            multiline={false}
            placeholder={t(`brief.${field}.placeholder`)}
          />
        ))}
      </section>
      <EntryList
        prospectId={prospect.id}
        brief={brief}
        section="decisionProcess"
        label="brief.decisionProcess"
        placeholder="brief.decisionProcess.placeholder"
      />
      <EntryList
        prospectId={prospect.id}
        brief={brief}
        section="competitorsConsidered"
        label="brief.competitorsConsidered"
        placeholder="brief.competitorsConsidered.placeholder"
      />
      <ObjectionsList prospectId={prospect.id} brief={brief} />
      <StagePanel key={prospect.stage} prospect={prospect} completeness={overview.completeness} />
    </div>
  );
}
