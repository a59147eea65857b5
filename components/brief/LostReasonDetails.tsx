import type { LostReason } from '@/lib/model';
import { useApp } from '../app/AppContext';

const PARTS = ['why', 'unmetCriteria', 'ourStrengths', 'howWeDiffer'] as const;

/** A lost deal's refusal as the rep wrote it: why, unmet criteria, our strengths, how we differ. */
export function LostReasonDetails({
  reason,
  className,
}: {
  reason: LostReason;
  className: string;
}) {
  const { t } = useApp();
  return (
    <dl className={className}>
      {PARTS.filter((f) => reason[f].trim() !== '').map((f) => (
        <div key={f}>
          <dt>{t(`brief.lost.${f}`)}</dt>
          <dd>{reason[f]}</dd>
        </div>
      ))}
    </dl>
  );
}
