// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProvider } from '@/components/app/AppContext';
import { createProspect, getDb, updateProspect } from '@/lib/db';
import { createTranslator, formatDateTime } from '@/lib/i18n';
import { createBundle, emptyBundleData, serializeBundle } from '@/lib/io/bundle';
import { fixtureBundle } from '@/lib/io/testing';
import { Prospect, type Language } from '@/lib/model';
import { Settings } from '@/lib/model/settings';
import { fileInfo, ImportPanel, mergeOptions } from './ImportPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has the element but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

const settle = () => new Promise((r) => setTimeout(r, 50));

let mounted: Array<{ root: Root; host: HTMLElement }> = [];
afterEach(() => {
  for (const { root, host } of mounted) {
    act(() => root.unmount());
    host.remove();
  }
  mounted = [];
});

async function renderPanel(language: Language): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  mounted.push({ root, host });
  await act(async () => {
    root.render(
      <AppProvider initialSettings={Settings.parse({ language })}>
        <ImportPanel onImported={() => {}} />
      </AppProvider>,
    );
  });
  return host;
}

/** Picks `file` in the panel's file input, as the file chooser does. */
async function pick(host: HTMLElement, file: File): Promise<void> {
  const input = host.querySelector<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  });
}

/** Acme in the database, and a colleague's file with a newer version of it (theirs wins). */
async function acmeAndTheirNewerVersion(): Promise<{ acme: Prospect; file: File }> {
  const db = getDb();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((tb) => tb.clear())));
  const p = await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: 'me', now: 1 });
  const data = {
    ...emptyBundleData(),
    prospects: [Prospect.parse({ ...p, id: 'their-id', stage: 'first_contact', updatedAt: 50 })],
  };
  const text = serializeBundle(
    createBundle(data, { schemaVersion: 1, appVersion: '0.1.0', exportedAt: 60, scope: 'all' }),
  );
  return { acme: p, file: new File([text], 'anna.json', { type: 'application/json' }) };
}

// Dates the rep reads on the import dialog and in the notes are written the UI language's way.
describe('import dates in the UI language', () => {
  const at = Date.UTC(2024, 4, 2, 9, 30);
  const bundle = { ...fixtureBundle(), exportedAt: at, exportedBy: 'Анна' };

  it.each(['en', 'ru'] as const)('%s: the file info and the kept-versions heading', (lang) => {
    const t = createTranslator(lang);
    const date = formatDateTime(lang, at);
    expect(fileInfo(t, lang, bundle)).toBe(
      t('dashboard.import.fileInfo', { count: 2, by: 'Анна', date }),
    );
    expect(mergeOptions(t, lang, at).keptHeading).toBe(t('dashboard.import.keptHeading', { date }));
    expect(fileInfo(t, lang, bundle) + mergeOptions(t, lang, at).keptHeading).not.toContain(
      '2024-05-02',
    );
  });

  it('Russian reads as Russian', () => {
    expect(fileInfo(createTranslator('ru'), 'ru', bundle)).toMatch(
      /^2 клиента · выгрузка: Анна, 2 мая 2024 г\., \d\d:\d\d\.$/,
    );
  });
});

describe('picking a file the browser cannot read', () => {
  it.each([
    ['en', /The browser could not read “deals-anna\.json”.*Nothing was imported/],
    ['ru', /Браузер не смог прочитать файл «deals-anna\.json».*Ничего не загружено/],
  ] as const)(
    '%s: says so, naming the file, instead of staying on “Checking…”',
    async (lang, text) => {
      const host = await renderPanel(lang);
      const file = new File(['{}'], 'deals-anna.json', { type: 'application/json' });
      file.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
      await pick(host, file);
      expect(host.querySelector('[role=alert]')?.textContent).toMatch(text);
      expect(host.textContent).not.toMatch(/Checking|Проверяем/);
      // The rep can pick another file.
      expect(host.querySelector<HTMLButtonElement>('button')!.disabled).toBe(false);
    },
  );
});

describe('confirming a report after the data changed', () => {
  it.each([
    ['en', 'Your data changed while this report was open', 'Import'],
    ['ru', 'Пока отчёт был открыт, ваши данные изменились', 'Загрузить'],
  ] as const)('%s: shows the updated report to confirm again', async (lang, message, confirm) => {
    const db = getDb();
    const { acme: p, file } = await acmeAndTheirNewerVersion();
    const host = await renderPanel(lang);
    await pick(host, file);
    const dialog = host.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    const button = () =>
      [...dialog.querySelectorAll('button')].find((b) => b.textContent === confirm)!;

    // The rep moves the stage on in the side panel, then confirms the report they saw.
    await updateProspect(db, p.id, { stage: 'contract' }, Date.now());
    await act(async () => {
      button().click();
      await settle();
    });
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('[role=alert]')?.textContent).toContain(message);
    expect((await db.prospects.get(p.id))?.stage).toBe('contract');
    expect(await db.notes.count()).toBe(0); // nothing written yet

    await act(async () => {
      button().click();
      await settle();
    });
    expect(dialog.open).toBe(false);
    expect((await db.prospects.get(p.id))?.stage).toBe('contract');
    // The kept version names the stage as the rep reads it, not by its stored id.
    expect((await db.notes.get(p.id))?.text).toContain(
      createTranslator(lang)('stage.first_contact'),
    );
    expect((await db.notes.get(p.id))?.text).not.toContain('first_contact');
  });
});

describe('the report in the rep’s words', () => {
  it('shows the stage’s name, and Escape returns the keyboard to “Load file…”', async () => {
    const t = createTranslator('ru');
    const { file } = await acmeAndTheirNewerVersion();
    const host = await renderPanel('ru');
    await pick(host, file);
    const dialog = host.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    const kept = dialog.querySelector('.import__conflicts blockquote')!.textContent;
    expect(kept).toContain(t('stage.selection'));
    expect(kept).not.toContain('selection');

    await act(async () => {
      dialog.close(); // what Escape does
      await settle();
    });
    expect(document.activeElement?.textContent).toBe(t('dashboard.import.choose'));
  });
});
