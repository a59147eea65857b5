import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, updateProspect } from '@/lib/db';
import { getPortrait } from '@/lib/db/portraits';
import { listUserTemplates } from '@/lib/db/portraitTemplates';
import { fieldLabel, templateName } from '@/lib/portrait/labels';
import {
  BUILT_IN_TEMPLATES,
  CORE_FIELDS,
  isBuiltInTemplateId,
  missingRequired,
  otherField,
  otherFieldKeys,
  resolveTemplate,
  templateFields,
} from '@/lib/portrait/templates';
import { useApp } from '../app/AppContext';
import type { SectionProps } from '../prospects/sections';
import { Classifications } from './Classifications';
import { FieldGroup } from './PortraitFields';
import { ScanBox } from './ScanBox';
import { refreshMenus, TemplateManager } from './TemplateManager';
import './portrait.css';

/** Портрет клиента: scan suggestions, classifications, and the template's fields. */
export default function PortraitSection({ prospect }: SectionProps) {
  const { t, reportError } = useApp();
  const portrait = useLiveQuery(
    async () => (await getPortrait(getDb(), prospect.id)) ?? null,
    [prospect.id],
  );
  // Deleted templates too: they name the values their fields left ("Other fields").
  const allTemplates = useLiveQuery(() => listUserTemplates(getDb(), { withDeleted: true }), []);
  const userTemplates = allTemplates?.filter((tp) => tp.deletedAt === undefined);
  const template = resolveTemplate(prospect.portraitTemplateId, userTemplates ?? []);
  const own = templateFields(template);
  const ownKeys = new Set(own.map((f) => f.key));
  const core = CORE_FIELDS.filter((f) => !ownKeys.has(f.key));
  const others = portrait
    ? otherFieldKeys(template, portrait.fields).map((k) => otherField(k, allTemplates ?? []))
    : [];
  const missing = portrait !== undefined ? missingRequired(template, portrait?.fields ?? {}) : [];

  const switchTemplate = (id: string) =>
    void updateProspect(getDb(), prospect.id, { portraitTemplateId: id }).then(
      refreshMenus,
      reportError,
    );

  if (portrait === undefined || userTemplates === undefined)
    return <p className="status">{t('app.loading')}</p>;

  return (
    <div className="portrait">
      <ScanBox prospect={prospect} portrait={portrait} />
      <Classifications prospect={prospect} />
      <section className="portrait-fields" aria-labelledby="portrait-fields-heading">
        <h2 id="portrait-fields-heading">{t('portrait.heading')}</h2>
        <div className="field">
          <label className="field__label" htmlFor="portrait-template">
            {t('portrait.template.label')}
          </label>
          <select
            id="portrait-template"
            value={template.id}
            onChange={(e) => switchTemplate(e.target.value)}
          >
            {[...BUILT_IN_TEMPLATES, ...userTemplates].map((tp) => (
              <option key={tp.id} value={tp.id}>
                {templateName(t, tp)}
              </option>
            ))}
          </select>
          <p className="field__hint">{t('portrait.template.hint')}</p>
        </div>
        {missing.length ? (
          <p className="notice">
            {t('portrait.required.missing', {
              fields: missing.map((f) => fieldLabel(t, f)).join(', '),
            })}
          </p>
        ) : null}
        <FieldGroup
          id="portrait-own"
          title={templateName(t, template)}
          fields={own}
          prospectId={prospect.id}
          portrait={portrait}
        />
        <FieldGroup
          id="portrait-core"
          title={t('portrait.group.company')}
          fields={core}
          prospectId={prospect.id}
          portrait={portrait}
        >
          <p className="portrait-domains">
            <span className="field__label">{t('portrait.domains')}</span>{' '}
            {prospect.domains.join(', ')}
          </p>
        </FieldGroup>
        <FieldGroup
          id="portrait-other"
          title={t('portrait.group.other')}
          fields={others}
          prospectId={prospect.id}
          portrait={portrait}
        />
      </section>
      <TemplateManager
        templates={userTemplates.filter((tp) => !isBuiltInTemplateId(tp.id))}
        onCreated={(tp) => switchTemplate(tp.id)}
      />
    </div>
  );
}
