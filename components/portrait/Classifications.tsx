import { useState } from 'react';
import { getDb, updateProspect, type ProspectPatch } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { LIFECYCLE, SEGMENTS, TEMPERATURES, type Prospect } from '@/lib/model';
import { headroom, shareOfWallet } from '@/lib/portrait/values';
import { useApp } from '../app/AppContext';

/** A volume as typed: a figure of zero or more, nothing (cleared), or not one ("-5", "1e"). */
function readVolume(text: string, badInput = false): number | null | 'invalid' {
  if (badInput) return 'invalid';
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : 'invalid';
}

/**
 * A volume box that saves as the rep types. What is not a figure of zero or more is not saved:
 * the box says so and the stored figure stays (it used to be cleared while "-5" still showed).
 */
function VolumeField({
  id,
  label,
  text,
  onText,
  onSave,
}: {
  id: string;
  label: MessageKey;
  text: string;
  onText: (text: string) => void;
  onSave: (value: number | undefined) => void;
}) {
  const { t } = useApp();
  const [bad, setBad] = useState(false);
  const invalid = bad || readVolume(text) === 'invalid';
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t(label)}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        inputMode="decimal"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          const badInput = e.target.validity?.badInput ?? false;
          setBad(badInput);
          onText(e.target.value);
          const value = readVolume(e.target.value, badInput);
          if (value !== 'invalid') onSave(value ?? undefined);
        }}
      />
      {invalid ? (
        <p className="field__error" id={`${id}-error`}>
          {t('portrait.volume.invalid')}
        </p>
      ) : null}
    </div>
  );
}

/** Lifecycle, key-client segment, lead temperature and share of wallet, saved as they change. */
export function Classifications({ prospect }: { prospect: Prospect }) {
  const { t, lang, reportError } = useApp();
  const [current, setCurrent] = useState(String(prospect.currentVolume ?? ''));
  const [potential, setPotential] = useState(String(prospect.potentialVolume ?? ''));
  const [currency, setCurrency] = useState(prospect.currency ?? '');
  const save = (patch: ProspectPatch) =>
    void updateProspect(getDb(), prospect.id, patch).catch(reportError);

  // While a box holds no valid figure, the share is worked out from the stored one.
  const figure = (text: string, stored: number | undefined) => {
    const value = readVolume(text);
    return value === 'invalid' ? stored : (value ?? undefined);
  };
  const cur = figure(current, prospect.currentVolume);
  const pot = figure(potential, prospect.potentialVolume);
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
        <VolumeField
          id="pc-current"
          label="portrait.currentVolume"
          text={current}
          onText={setCurrent}
          onSave={(v) => save({ currentVolume: v })}
        />
        <VolumeField
          id="pc-potential"
          label="portrait.potentialVolume"
          text={potential}
          onText={setPotential}
          onSave={(v) => save({ potentialVolume: v })}
        />
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
