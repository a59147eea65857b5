import { useState } from 'react';
import { getDb, updateProspect, type ProspectPatch } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { LIFECYCLE, SEGMENTS, TEMPERATURES, type Prospect } from '@/lib/model';
import { headroom, shareOfWallet } from '@/lib/portrait/values';
import { useApp } from '../app/AppContext';

function numberOrUndefined(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Lifecycle, key-client segment, lead temperature and share of wallet, saved as they change. */
export function Classifications({ prospect }: { prospect: Prospect }) {
  const { t, lang, reportError } = useApp();
  const [current, setCurrent] = useState(String(prospect.currentVolume ?? ''));
  const [potential, setPotential] = useState(String(prospect.potentialVolume ?? ''));
  const [currency, setCurrency] = useState(prospect.currency ?? '');
  const save = (patch: ProspectPatch) =>
    void updateProspect(getDb(), prospect.id, patch).catch(reportError);

  const cur = numberOrUndefined(current);
  const pot = numberOrUndefined(potential);
  const share = shareOfWallet(cur, pot);
  const left = headroom(cur, pot);
  const money = (n: number) =>
    `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n)}${currency ? ` ${currency}` : ''}`;

  const select = (
    id: string,
    label: MessageKey,
    values: readonly string[],
    value: string | undefined,
    prefix: string,
    onChange: (v: string | undefined) => void,
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t(label)}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('portrait.notSet')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${prefix}.${v}` as MessageKey)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="portrait-classes" aria-labelledby="portrait-classes-heading">
      <h2 id="portrait-classes-heading">{t('portrait.classes.heading')}</h2>
      <div className="portrait-grid">
        {select(
          'pc-lifecycle',
          'portrait.lifecycle',
          LIFECYCLE,
          prospect.lifecycle,
          'portrait.lifecycle',
          (v) => save({ lifecycle: v as Prospect['lifecycle'] }),
        )}
        {select(
          'pc-segment',
          'portrait.segment',
          SEGMENTS,
          prospect.segment,
          'portrait.segment',
          (v) => save({ segment: v as Prospect['segment'] }),
        )}
        {select(
          'pc-temperature',
          'portrait.temperature',
          TEMPERATURES,
          prospect.temperature,
          'portrait.temperature',
          (v) => save({ temperature: v as Prospect['temperature'] }),
        )}
      </div>
      <div className="portrait-grid">
        <div className="field">
          <label className="field__label" htmlFor="pc-current">
            {t('portrait.currentVolume')}
          </label>
          <input
            id="pc-current"
            type="number"
            min={0}
            inputMode="decimal"
            value={current}
            onChange={(e) => {
              setCurrent(e.target.value);
              save({ currentVolume: numberOrUndefined(e.target.value) });
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="pc-potential">
            {t('portrait.potentialVolume')}
          </label>
          <input
            id="pc-potential"
            type="number"
            min={0}
            inputMode="decimal"
            value={potential}
            onChange={(e) => {
              setPotential(e.target.value);
              save({ potentialVolume: numberOrUndefined(e.target.value) });
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="pc-currency">
            {t('portrait.currency')}
          </label>
          <input
            id="pc-currency"
            type="text"
            maxLength={10}
            size={5}
            placeholder="RUB"
            value={currency}
            onChange={(e) => {
              setCurrency(e.target.value);
              save({ currency: e.target.value.trim() || undefined });
            }}
          />
        </div>
      </div>
      <p className="wallet" role="status" aria-live="polite">
        {share === undefined ? (
          t('portrait.wallet.unknown')
        ) : (
          <>
            <strong>{t('portrait.wallet.share', { percent: share })}</strong>{' '}
            {t('portrait.wallet.detail', {
              current: money(cur!),
              potential: money(pot!),
              left: money(left!),
            })}
          </>
        )}
      </p>
    </section>
  );
}
