import { strToU8, zipSync } from 'fflate';
import { browser } from 'wxt/browser';
import { CURRENT_SCHEMA_VERSION, getDb, readBundleData } from '@/lib/db';
import type { Translate } from '@/lib/i18n';
import type { Language } from '@/lib/model';
import { createBundle, emptyBundleData, serializeBundle, type BundleData } from '@/lib/io/bundle';
import { csvZip, type CsvDelimiter } from '@/lib/io/csv';
import { exportFileName, safeFilePart, type ExportScopeName } from '@/lib/io/fileName';
import { prospectMarkdown } from '@/lib/io/markdown';
import { prospectDocument } from '@/lib/io/prospectDocument';
import { buildTables, TABLE_SOURCES } from '@/lib/io/tables';
import { MIME, saveFile } from './download';
import type { LoadedRecords } from './records';
import { markBackedUp } from '@/lib/backup/state';

export type ExportFormat = 'json' | 'csv' | 'xlsx' | 'markdown';

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScopeName;
  /** Undefined: every prospect. */
  prospectIds?: readonly string[];
  delimiter: CsvDelimiter;
  repName: string;
  t: Translate;
  /** The language of `t`: numbers and dates in the documents are written its way. */
  lang: Language;
  /** 0..1 and what is happening, for the progress bar. */
  onProgress: (fraction: number) => void;
  /**
   * The records the dashboard holds (once its background load is done): the CSV and XLSX files
   * are made of them instead of a second read of every table. JSON and Markdown always read the
   * database (everything, losslessly).
   */
  records?: LoadedRecords | null;
}

/** A finished export file, before it is handed to the browser. */
export interface ExportFile {
  name: string;
  content: Uint8Array | string;
  type: string;
  /** When it was made (the JSON bundle's `exportedAt`). */
  at: number;
}

const yieldToUi = () => new Promise((resolve) => setTimeout(resolve, 0));

export function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

/**
 * What the spreadsheet tables are made of, from the records the page holds: the same records,
 * in the same order, as a read of the database gives (every prospect's people and needs in key
 * order), so the files are the same byte for byte. Drafts are not held by the page (only the
 * workbook shows them): they are read, for the prospects in scope only.
 */
export async function tableDataFromRecords(
  records: LoadedRecords,
  prospectIds: readonly string[] | undefined,
  withDrafts: boolean,
): Promise<BundleData> {
  const data = emptyBundleData();
  const wanted = prospectIds && new Set(prospectIds);
  const mine = <R extends { prospectId: string }>(rows: readonly R[]): R[] =>
    wanted ? rows.filter((r) => wanted.has(r.prospectId)) : [...rows];
  data.prospects = wanted
    ? records.prospects.filter((p) => wanted.has(p.id))
    : [...records.prospects];
  data.briefs = mine(records.briefs);
  data.people = mine(records.people);
  data.needs = mine(records.needs);
  if (withDrafts) {
    const db = getDb();
    data.uspDrafts = wanted
      ? await db.uspDrafts
          .where('prospectId')
          .anyOf([...wanted])
          .toArray()
      : await db.uspDrafts.toArray();
  }
  return data;
}

/** Reads (or takes from the page) what the scope covers and builds the file in the chosen format. */
export async function buildExportFile(request: ExportRequest): Promise<ExportFile> {
  const { format, scope, t, lang, onProgress } = request;
  const now = Date.now();
  onProgress(0.02);
  const spreadsheet = format === 'csv' || format === 'xlsx';
  const data =
    spreadsheet && request.records
      ? await tableDataFromRecords(request.records, request.prospectIds, format === 'xlsx')
      : await readBundleData(getDb(), {
          prospectIds: request.prospectIds,
          // A spreadsheet needs only what its tables show; JSON and Markdown need everything.
          tables: spreadsheet ? TABLE_SOURCES : undefined,
          onProgress: (done, total) => onProgress(0.05 + (0.35 * done) / total),
        });
  onProgress(0.4);
  await yieldToUi();
  if (format === 'json') {
    const bundle = createBundle(data, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: appVersion(),
      exportedAt: now,
      exportedBy: request.repName,
      scope: scope.kind,
    });
    onProgress(0.6);
    await yieldToUi();
    return {
      name: exportFileName(scope, 'json', now),
      content: serializeBundle(bundle),
      type: MIME.json,
      at: now,
    };
  }
  if (format === 'markdown') {
    const docs = data.prospects.map((p) => prospectDocument(data, p.id)!);
    if (docs.length === 1)
      return {
        name: exportFileName(scope, 'md', now),
        content: prospectMarkdown(docs[0]!, t, lang),
        type: MIME.md,
        at: now,
      };
    const files: Record<string, Uint8Array> = {};
    for (const [i, doc] of docs.entries()) {
      const base = safeFilePart(doc.prospect.name);
      let file = `${base}.md`;
      for (let n = 2; file in files; n++) file = `${base}-${n}.md`;
      files[file] = strToU8(prospectMarkdown(doc, t, lang));
      if (i % 500 === 0) {
        onProgress(0.4 + (0.5 * i) / docs.length);
        await yieldToUi();
      }
    }
    return {
      name: exportFileName(scope, 'zip', now, 'markdown'),
      content: zipSync(files),
      type: MIME.zip,
      at: now,
    };
  }
  const tables = buildTables(data, t);
  onProgress(0.5);
  await yieldToUi();
  if (format === 'csv')
    return {
      name: exportFileName(scope, 'zip', now, 'csv'),
      content: csvZip(tables, request.delimiter),
      type: MIME.zip,
      at: now,
    };
  // The spreadsheet writer is large; it loads only when a workbook is asked for.
  const { tablesToXlsx } = await import('@/lib/io/xlsx');
  const bytes = await tablesToXlsx(tables, {
    onProgress: async (done, total) => {
      onProgress(0.5 + (0.4 * done) / Math.max(1, total));
      await yieldToUi();
    },
  });
  return { name: exportFileName(scope, 'xlsx', now), content: bytes, type: MIME.xlsx, at: now };
}

/** Builds the file and hands it to the browser's download flow; the file's name. */
export async function runExport(request: ExportRequest): Promise<string> {
  const file = await buildExportFile(request);
  saveFile(file.content, file.name, file.type);
  // A bundle of everything is a backup: the panel's reminder starts counting again.
  if (request.format === 'json' && request.scope.kind === 'all') await markBackedUp(file.at);
  request.onProgress(1);
  return file.name;
}
