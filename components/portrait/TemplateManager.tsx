import { useState } from 'react';
import { getDb } from '@/lib/db';
import {
  countProspectsUsing,
  deleteUserTemplate,
  saveUserTemplate,
} from '@/lib/db/portraitTemplates';
import type { MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { FIELD_TYPES, type PortraitTemplate } from '@/lib/model';
import {
  addTemplateField,
  liveFields,
  moveTemplateField,
  newUserTemplate,
  removeTemplateField,
  updateTemplateField,
} from '@/lib/portrait/templates';
import { useApp } from '../app/AppContext';

/** The context menu lists the template's fields: rebuild it after a template changes. */
export function refreshMenus(): void {
  void sendMessage('refreshBadge', {}).catch(() => undefined);
}

function TemplateEditor({ template }: { template: PortraitTemplate }) {
  const { t, reportError } = useApp();
  const [label, setLabel] = useState('');
  const [type, setType] = useState<(typeof FIELD_TYPES)[number]>('text');
  const [unit, setUnit] = useState('');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);
  const save = (next: PortraitTemplate) =>
    void saveUserTemplate(getDb(), next).then(refreshMenus, reportError);
  const fields = liveFields(template);
  const idp = `tpl-${template.id}`;
  /** Prospects using the template, once the rep asked to delete it (null: not asked). */
  const [inUse, setInUse] = useState<number | null>(null);
  const remove = () =>
    void deleteUserTemplate(getDb(), template.id).then(refreshMenus, reportError);
  const askToDelete = () =>
    void countProspectsUsing(getDb(), template.id).then(
      (count) => (count > 0 ? setInUse(count) : remove()),
      reportError,
    );

  return (
    <div className="template-editor">
      <div className="field">
        <label className="field__label" htmlFor={`${idp}-name`}>
          {t('portrait.templates.name')}
        </label>
        <input
          id={`${idp}-name`}
          type="text"
          defaultValue={template.name}
          onBlur={(e) =>
            e.target.value.trim() &&
            e.target.value !== template.name &&
            save({ ...template, name: e.target.value.trim(), updatedAt: Date.now() })
          }
        />
      </div>
      <ol className="template-fields" aria-label={t('portrait.templates.fields')}>
        {fields.map((f, i) => (
          <li key={f.key}>
            <input
              type="text"
              className="template-fields__label"
              aria-label={t('portrait.templates.renameField', { field: f.label })}
              defaultValue={f.label}
              onBlur={(e) =>
                e.target.value.trim() &&
                e.target.value.trim() !== f.label &&
                save(updateTemplateField(template, f.key, { label: e.target.value }))
              }
            />
            <span>
              {' '}
              · {t(`portrait.type.${f.type}` as MessageKey)}
              {f.unit ? ` (${f.unit})` : ''}
            </span>
            {f.type === 'choice' || f.type === 'multi_choice' ? (
              <input
                type="text"
                className="template-fields__options"
                aria-label={t('portrait.templates.fieldOptions', { field: f.label })}
                defaultValue={(f.options ?? []).join(', ')}
                onBlur={(e) =>
                  e.target.value !== (f.options ?? []).join(', ') &&
                  save(updateTemplateField(template, f.key, { options: e.target.value.split(',') }))
                }
              />
            ) : null}
            <label className="portrait-check">
              <input
                type="checkbox"
                checked={f.required}
                onChange={(e) =>
                  save(updateTemplateField(template, f.key, { required: e.target.checked }))
                }
              />{' '}
              {t('portrait.templates.required')}
            </label>
            <button
              type="button"
              className="button button--quiet button--icon"
              disabled={i === 0}
              aria-label={t('portrait.templates.up', { field: f.label })}
              onClick={() => save(moveTemplateField(template, f.key, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--quiet button--icon"
              disabled={i === fields.length - 1}
              aria-label={t('portrait.templates.down', { field: f.label })}
              onClick={() => save(moveTemplateField(template, f.key, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button--danger button--icon"
              aria-label={t('portrait.templates.removeField', { field: f.label })}
              onClick={() => save(removeTemplateField(template, f.key))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <form
        className="template-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!label.trim()) return;
          save(
            addTemplateField(template, {
              label,
              type,
              unit,
              options: options.split(','),
              required,
            }),
          );
          setLabel('');
          setUnit('');
          setOptions('');
          setRequired(false);
        }}
      >
        <fieldset>
          <legend>{t('portrait.templates.addField')}</legend>
          <label>
            {t('portrait.templates.fieldLabel')}{' '}
            <input type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
          </label>
          <label>
            {t('portrait.templates.fieldType')}{' '}
            <select value={type} onChange={(e) => setType(e.target.value as typeof type)}>
              {FIELD_TYPES.map((ft) => (
                <option key={ft} value={ft}>
                  {t(`portrait.type.${ft}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {type === 'number' || type === 'money' ? (
            <label>
              {type === 'money' ? t('portrait.templates.currency') : t('portrait.templates.unit')}{' '}
              <input type="text" value={unit} onChange={(e) => setUnit(e.target.value)} />
            </label>
          ) : null}
          {type === 'choice' || type === 'multi_choice' ? (
            <label>
              {t('portrait.templates.options')}{' '}
              <input type="text" value={options} onChange={(e) => setOptions(e.target.value)} />
            </label>
          ) : null}
          <label className="portrait-check">
            <input
              type="checkbox"
              checked={required}
              onChange={(e) => setRequired(e.target.checked)}
            />{' '}
            {t('portrait.templates.required')}
          </label>
          <button type="submit" className="button">
            {t('portrait.templates.addFieldButton')}
          </button>
        </fieldset>
      </form>
      {inUse === null ? (
        <button type="button" className="button button--danger" onClick={askToDelete}>
          {t('portrait.templates.delete')}
        </button>
      ) : (
        <div className="notice" role="alert">
          <p>{t('portrait.templates.deleteInUse', { count: inUse, name: template.name })}</p>
          <button type="button" className="button button--danger" onClick={remove}>
            {t('portrait.templates.deleteAnyway')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setInUse(null)}>
            {t('portrait.templates.keep')}
          </button>
        </div>
      )}
      <p className="field__hint">{t('portrait.templates.deleteHint')}</p>
    </div>
  );
}

/** The rep's own templates: create, rename, fields (type, unit, options, required, order). */
export function TemplateManager({
  templates,
  onCreated,
}: {
  templates: PortraitTemplate[];
  onCreated: (template: PortraitTemplate) => void;
}) {
  const { t, reportError } = useApp();
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const current = templates.find((tp) => tp.id === editing) ?? templates[0];
  return (
    <details className="template-manager">
      <summary>{t('portrait.templates.manage')}</summary>
      <form
        className="template-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          const created = newUserTemplate(name);
          setName('');
          void saveUserTemplate(getDb(), created).then((saved) => {
            setEditing(saved.id);
            onCreated(saved);
            refreshMenus();
          }, reportError);
        }}
      >
        <label>
          {t('portrait.templates.newName')}{' '}
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>{' '}
        <button type="submit" className="button">
          {t('portrait.templates.create')}
        </button>
      </form>
      {templates.length > 1 ? (
        <label>
          {t('portrait.templates.edit')}{' '}
          <select value={current?.id ?? ''} onChange={(e) => setEditing(e.target.value)}>
            {templates.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {current ? <TemplateEditor key={current.id} template={current} /> : null}
    </details>
  );
}
