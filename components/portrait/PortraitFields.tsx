import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { getDb } from '@/lib/db';
import { putFieldValue, removeFieldValue, setFieldValues } from '@/lib/db/portraits';
import { newId, type Portrait, type PortraitValue } from '@/lib/model';
import { fieldLabel, optionLabel, unitLabel, valueLabel } from '@/lib/portrait/labels';
import type { FieldSpec } from '@/lib/portrait/templates';
import {
  coerceValue,
  makeValue,
  parseDate,
  parseNumber,
  valueText,
  type FieldValue,
} from '@/lib/portrait/values';
import { useApp } from '../app/AppContext';
import { SaveState } from '../ui/SaveState';
import { useAutosavedText } from '../ui/useAutosavedText';
import { EvidenceInfo } from './EvidenceInfo';

interface FieldProps {
  prospectId: string;
  field: FieldSpec;
  values: PortraitValue[];
  updatedAt: number;
}

const INPUT_TYPES: Partial<Record<FieldSpec['type'], string>> = {
  number: 'number',
  money: 'number',
  date: 'date',
  url: 'url',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What typing stores: numbers for number fields (when it is one), the text otherwise. */
function typedValue(field: FieldSpec, text: string): FieldValue {
  if (field.type === 'number' || field.type === 'money') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  return text;
}

/**
 * How a one-value field is edited: `text` – an auto-growing box (text fields, and a number or
 * date field holding words it could not read, so the rep sees them); `typed` – the browser's
 * number, date or address input.
 */
type EditKind = 'text' | 'typed';

function editKind(field: FieldSpec, text: string): EditKind {
  if (field.type === 'text') return 'text';
  if (text.trim() === '') return 'typed';
  if (field.type === 'number' || field.type === 'money')
    return Number.isFinite(Number(text)) ? 'typed' : 'text';
  if (field.type === 'date') return ISO_DATE.test(text) ? 'typed' : 'text';
  return 'typed';
}

/** What the stored text would be as this field's type ("1 500 м²" → 1500), if it reads as one. */
function readAsType(field: FieldSpec, text: string): FieldValue | undefined {
  if (field.type === 'date') return parseDate(text);
  if (field.type === 'number' || field.type === 'money') return parseNumber(text);
  return undefined;
}

/** A text box that grows with its text (where the browser has no `field-sizing`). */
function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, text: string | null) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || (typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content'))) return;
    el.style.height = 'auto';
    if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + 2}px`;
  }, [ref, text]);
}

/** One value, edited in place and saved as the rep types (the evidence stays with it). */
function SingleField({ prospectId, field, values, updatedAt }: FieldProps) {
  const { t, lang, reportError } = useApp();
  const label = fieldLabel(t, field);
  const current = values[0];
  const id = `pf-${field.key}`;
  const { value, onChange, state, changedElsewhere } = useAutosavedText(
    `portrait:${prospectId}:${field.key}`,
    { text: current ? valueText(current.value) : '', at: updatedAt },
    async (text, at) => {
      const next: PortraitValue[] = text.trim()
        ? [
            {
              id: current?.id ?? newId(),
              value: typedValue(field, text),
              ...(current?.evidence ? { evidence: current.evidence } : {}),
            },
          ]
        : [];
      await setFieldValues(getDb(), prospectId, field.key, next, at);
    },
    reportError,
  );
  const text = value ?? '';
  // The kind never changes under the rep's cursor: a new element would take the focus away.
  const [focusedKind, setFocusedKind] = useState<EditKind | null>(null);
  const kind = focusedKind ?? editKind(field, text);
  const area = useRef<HTMLTextAreaElement>(null);
  useAutoGrow(area, value);
  const unit = unitLabel(t, field);
  const untyped = field.type !== 'text' && kind === 'text';
  const readable = untyped ? readAsType(field, text) : undefined;
  const hintId = `${id}-hint`;
  const common = {
    id,
    value: text,
    disabled: value === null,
    required: field.required,
    'aria-describedby': untyped ? hintId : undefined,
    onFocus: () => setFocusedKind(kind),
    onBlur: () => setFocusedKind(null),
  };
  return (
    <div className="field portrait-field">
      <label className="field__label" htmlFor={id}>
        {label}
        {field.required ? <span aria-hidden="true"> *</span> : null}
        {unit ? <span className="status"> ({unit})</span> : null}
      </label>
      <div className="portrait-field__row">
        {field.type === 'text' ? (
          <textarea
            {...common}
            ref={area}
            rows={1}
            className="portrait-field__text"
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...common}
            type={kind === 'typed' ? (INPUT_TYPES[field.type] ?? 'text') : 'text'}
            step={kind === 'typed' && INPUT_TYPES[field.type] === 'number' ? 'any' : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {current?.evidence ? <EvidenceInfo evidence={current.evidence} what={label} /> : null}
      </div>
      {untyped ? (
        <p className="field__hint" id={hintId}>
          {t(field.type === 'date' ? 'portrait.value.notDate' : 'portrait.value.notNumber')}
          {readable !== undefined ? (
            <>
              {' '}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onChange(String(readable))}
              >
                {t('portrait.value.useTyped', { value: valueLabel(t, lang, field, readable) })}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      <SaveState state={state} changedElsewhere={changedElsewhere} />
    </div>
  );
}

function ChoiceField({ prospectId, field, values }: FieldProps) {
  const { t, reportError } = useApp();
  const label = fieldLabel(t, field);
  const current = values[0];
  const id = `pf-${field.key}`;
  const stored = current ? valueText(current.value) : '';
  const options = field.options ?? [];
  const save = (v: string) =>
    void setFieldValues(
      getDb(),
      prospectId,
      field.key,
      v ? [makeValue(v, current?.evidence)] : [],
    ).catch(reportError);
  return (
    <div className="field portrait-field">
      <label className="field__label" htmlFor={id}>
        {label}
        {field.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <div className="portrait-field__row">
        <select id={id} value={stored} onChange={(e) => save(e.target.value)}>
          <option value="">{t('portrait.notSet')}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(t, field, o)}
            </option>
          ))}
          {stored && !options.includes(stored) ? <option value={stored}>{stored}</option> : null}
        </select>
        {current?.evidence ? <EvidenceInfo evidence={current.evidence} what={label} /> : null}
      </div>
    </div>
  );
}

function MultiChoiceField({ prospectId, field, values }: FieldProps) {
  const { t, reportError } = useApp();
  const label = fieldLabel(t, field);
  const current = values[0];
  const chosen = Array.isArray(current?.value)
    ? current.value
    : current
      ? [valueText(current.value)]
      : [];
  const options = [...new Set([...(field.options ?? []), ...chosen])];
  const toggle = (o: string, on: boolean) => {
    const next = on ? [...chosen, o] : chosen.filter((c) => c !== o);
    void setFieldValues(
      getDb(),
      prospectId,
      field.key,
      next.length ? [makeValue(next, current?.evidence)] : [],
    ).catch(reportError);
  };
  return (
    <fieldset className="field portrait-field">
      <legend className="field__label">{label}</legend>
      {options.map((o) => (
        <label key={o} className="portrait-check">
          <input
            type="checkbox"
            checked={chosen.includes(o)}
            onChange={(e) => toggle(o, e.target.checked)}
          />{' '}
          {optionLabel(t, field, o)}
        </label>
      ))}
      {current?.evidence ? <EvidenceInfo evidence={current.evidence} what={label} /> : null}
    </fieldset>
  );
}

/** A list of values (phones, addresses…): each with its evidence, removable; add one more. */
function ListField({ prospectId, field, values }: FieldProps) {
  const { t, reportError } = useApp();
  const label = fieldLabel(t, field);
  const [draft, setDraft] = useState('');
  const id = `pf-${field.key}`;
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    setDraft('');
    void putFieldValue(
      getDb(),
      prospectId,
      field,
      makeValue(coerceValue(field, text), { kind: 'manual', capturedAt: Date.now() }),
    ).catch(reportError);
  };
  return (
    <div className="field portrait-field" role="group" aria-labelledby={`${id}-label`}>
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      {values.length ? (
        <ul className="portrait-values" aria-label={label}>
          {values.map((v) => (
            <li key={v.id}>
              <span className="portrait-values__text">{valueText(v.value)}</span>
              {v.evidence ? <EvidenceInfo evidence={v.evidence} what={valueText(v.value)} /> : null}
              <button
                type="button"
                className="button button--quiet button--icon"
                aria-label={t('portrait.value.remove', { value: valueText(v.value) })}
                onClick={() =>
                  void removeFieldValue(getDb(), prospectId, field.key, v.id).catch(reportError)
                }
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="portrait-field__row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="visually-hidden" htmlFor={id}>
          {t('portrait.value.addLabel', { field: label })}
        </label>
        <input id={id} type="text" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button button--quiet">
          {t('portrait.value.add')}
        </button>
      </form>
    </div>
  );
}

export function PortraitField(props: FieldProps) {
  const { field } = props;
  if (field.multiple) return <ListField {...props} />;
  if (field.type === 'choice') return <ChoiceField {...props} />;
  if (field.type === 'multi_choice') return <MultiChoiceField {...props} />;
  return <SingleField {...props} />;
}

/** A group of fields under a heading. */
export function FieldGroup({
  id,
  title,
  fields,
  prospectId,
  portrait,
  children,
}: {
  id: string;
  title: string;
  fields: FieldSpec[];
  prospectId: string;
  portrait: Portrait | null;
  children?: ReactNode;
}) {
  if (!fields.length && !children) return null;
  return (
    <section className="portrait-group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {children}
      {fields.map((f) => (
        <PortraitField
          key={f.key}
          prospectId={prospectId}
          field={f}
          values={portrait?.fields[f.key] ?? []}
          updatedAt={portrait?.updatedAt ?? 0}
        />
      ))}
    </section>
  );
}
