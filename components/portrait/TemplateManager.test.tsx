// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { click, pagePerTest, pause, until, type Rendered } from '@/components/app/testing';
import { TemplateManager } from '@/components/portrait/TemplateManager';
import { getDb } from '@/lib/db/database';
import { listUserTemplates, saveUserTemplate } from '@/lib/db/portraitTemplates';
import { createProspect, updateProspect } from '@/lib/db/prospects';
import { addTemplateField, newUserTemplate } from '@/lib/portrait/templates';
import { en } from '@/locales';

function Live() {
  const templates = useLiveQuery(() => listUserTemplates(getDb()), []);
  return templates ? <TemplateManager templates={templates} onCreated={() => {}} /> : null;
}

const show = pagePerTest();
let page: Rendered;

async function ownTemplate(name: string, usedBy: number) {
  const tp = addTemplateField(newUserTemplate(name), {
    label: 'Channels',
    type: 'multi_choice',
    options: ['Retail', 'Wholesale'],
  });
  await saveUserTemplate(getDb(), tp);
  for (let i = 0; i < usedBy; i++) {
    const p = await createProspect(getDb(), { domain: `${name}${i}.ru`, name: 'P', owner: '' });
    await updateProspect(getDb(), p.id, { portraitTemplateId: tp.id });
  }
  return tp;
}
const names = async () => (await listUserTemplates(getDb())).map((t) => t.name);

describe('your templates', () => {
  it('asks before deleting a template prospects use, saying how many', async () => {
    await ownTemplate('dealers', 2);
    page = show(<Live />);
    await until(() => page.container.querySelector('.template-editor'));
    click(page.container, en['portrait.templates.delete']);
    const alert = await until(() => page.container.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('2 prospects use “dealers”');
    click(page.container, en['portrait.templates.keep']);
    await pause(100);
    expect(await names()).toEqual(['dealers']);
    click(page.container, en['portrait.templates.delete']);
    await until(() => page.container.querySelector('[role="alert"]'));
    click(page.container, en['portrait.templates.deleteAnyway']);
    await pause(200);
    expect(await names()).toEqual([]);
  });

  it('deletes an unused template at once', async () => {
    await ownTemplate('unused', 0);
    page = show(<Live />);
    await until(() => page.container.querySelector('.template-editor'));
    click(page.container, en['portrait.templates.delete']);
    await pause(200);
    expect(await names()).toEqual([]);
  });

  it('renames a field and edits its options, keeping its key', async () => {
    const tp = await ownTemplate('renames', 0);
    page = show(<Live />);
    const field = (name: string) =>
      until(() => page.container.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`));
    const label = await field(en['portrait.templates.renameField'].replace('{field}', 'Channels'));
    const options = await field(
      en['portrait.templates.fieldOptions'].replace('{field}', 'Channels'),
    );
    expect(options.value).toBe('Retail, Wholesale');
    const edit = (input: HTMLInputElement, text: string) =>
      act(() => {
        input.focus();
        input.value = text;
        input.blur();
      });
    edit(label, 'Sales channels');
    await pause(200);
    edit(options, 'Retail, Wholesale, Online');
    await pause(200);
    const [saved] = await listUserTemplates(getDb());
    expect(saved!.fields).toEqual([
      expect.objectContaining({
        key: tp.fields[0]!.key,
        label: 'Sales channels',
        options: ['Retail', 'Wholesale', 'Online'],
      }),
    ]);
  });
});
