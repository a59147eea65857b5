import { useId } from 'react';
import { useApp } from '@/components/app/AppContext';
import type { Funnel } from './funnel';

const BAR = 30;
const GAP = 8;
const LABEL = 170;
const WIDTH = 640;

/**
 * The funnel as bars a manager takes in at a glance: reached per stage, current inside. The SVG is
 * one image with a title and a description; the same numbers are in the table beside it.
 */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const { t } = useApp();
  const id = useId();
  const max = Math.max(1, ...funnel.steps.map((s) => s.reached));
  const height = funnel.steps.length * (BAR + GAP);
  const scale = (n: number) => ((WIDTH - LABEL - 90) * n) / max;
  const description = funnel.steps
    .map((s) =>
      t('dashboard.funnel.chartStep', {
        stage: t(`stage.${s.stage}`),
        reached: s.reached,
        current: s.current,
      }),
    )
    .join('; ');
  return (
    <svg
      className="funnel-chart"
      role="img"
      viewBox={`0 0 ${WIDTH} ${height}`}
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{t('dashboard.funnel.chartTitle')}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {funnel.steps.map((s, i) => {
        const y = i * (BAR + GAP);
        const w = scale(s.reached);
        return (
          <g key={s.stage}>
            <text
              x={LABEL - 8}
              y={y + BAR / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="funnel-chart__label"
            >
              {t(`stage.${s.stage}`)}
            </text>
            <rect
              x={LABEL}
              y={y}
              width={Math.max(w, 1)}
              height={BAR}
              rx={4}
              className="funnel-chart__reached"
            />
            <rect
              x={LABEL}
              y={y + 8}
              width={Math.max(scale(s.current), s.current ? 1 : 0)}
              height={BAR - 16}
              rx={3}
              className="funnel-chart__current"
            />
            <text
              x={LABEL + w + 8}
              y={y + BAR / 2}
              dominantBaseline="middle"
              className="funnel-chart__value"
            >
              {s.reached}
              {s.conversion !== null ? ` · ${Math.round(s.conversion * 100)}%` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
