import type { BriefCompleteness } from '@/lib/brief/completeness';
import type { TopCategoryGroup } from '@/lib/brief/topCategories';
import { useApp } from '../app/AppContext';

/**
 * How far the brief is from an offer: a percentage and the checklist, each item marked with a
 * sign and a word (never colour alone), the missing top categories named.
 */
export function CompletenessCard({
  completeness,
  uncovered,
}: {
  completeness: BriefCompleteness;
  uncovered: readonly TopCategoryGroup[];
}) {
  const { t } = useApp();
  const { percent, items, missing } = completeness;
  return (
    <section
      className="brief-block brief-completeness"
      aria-labelledby="brief-completeness-heading"
    >
      <h3 id="brief-completeness-heading">{t('brief.completeness.heading')}</h3>
      <p className="brief-completeness__percent">{t('brief.completeness.percent', { percent })}</p>
      <div
        className="brief-meter"
        role="progressbar"
        aria-label={t('brief.completeness.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="brief-meter__bar" style={{ width: `${percent}%` }} />
      </div>
      {missing.length === 0 ? (
        <p className="brief-ok">✓ {t('brief.completeness.allDone')}</p>
      ) : null}
      <ul className="brief-checklist" aria-label={t('brief.completeness.heading')}>
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'is-done' : 'is-missing'}>
            <span aria-hidden="true" className="brief-checklist__mark">
              {item.done ? '✓' : '○'}
            </span>{' '}
            {t(`brief.item.${item.id}`)}
            <span className="visually-hidden">
              {' – '}
              {item.done ? t('brief.completeness.done') : t('brief.completeness.missing')}
            </span>
            {item.id === 'needs_top_categories' && !item.done && uncovered.length > 0 ? (
              <span className="brief-checklist__detail">
                {t('brief.completeness.uncovered', {
                  groups: uncovered.map((g) => t(`brief.group.${g.id}`)).join(', '),
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
