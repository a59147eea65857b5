import { strToU8, zipSync } from 'fflate';
import { browser } from 'wxt/browser';
import { CURRENT_SCHEMA_VERSION, getDb, readBundleData } from '@/lib/db';
import type { Translate } from '@/lib/i18n';
import { createBundle, serializeBundle } from '@/lib/io/bundle';
import { csvZip, type CsvDelimiter } from '@/lib/io/csv';
import { exportFileName, safeFilePart, type ExportScopeName } from '@/lib/io/fileName';
import { prospectMarkdown } from '@/lib/io/markdown';
import { prospectDocument } from '@/lib/io/prospectDocument';
import { buildTables, TABLE_SOURCES } from '@/lib/io/tables';
import { MIME, saveFile } from './download';
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
  /** 0..1 and what is happening, for the progress bar. */
  onProgress: (fraction: number) => void;
}

const yieldToUi = () => new Promise((resolve) => setTimeout(resolve, 0));

export function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

/** Reads what the scope covers, builds the file in the chosen format and hands it to the browser. */
export async function runExport(request: ExportRequest): Promise<string> {
  const { format, scope, t, onProgress } = request;
  const now = Date.now();
  onProgress(0.02);
  const data = await readBundleData(getDb(), {
    prospectIds: request.prospectIds,
    // A spreadsheet needs only what its tables show; JSON and Markdown need everything.
    tables: format === 'csv' || format === 'xlsx' ? TABLE_SOURCES : undefined,
    onProgress: (done, total) => onProgress(0.05 + (0.35 * done) / total),
  });
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
    const name = exportFileName(scope, 'json', now);
    saveFile(serializeBundle(bundle), name, MIME.json);
    // A bundle of everything is a backup: the panel's reminder starts counting again.
    if (scope.kind === 'all') await markBackedUp(now);
    onProgress(1);
    return name;
  }
  if (format === 'markdown') {
    const docs = data.prospects.map((p) => prospectDocument(data, p.id)!);
    if (docs.length === 1) {
      const name = exportFileName(scope, 'md', now);
      saveFile(prospectMarkdown(docs[0]!, t), name, MIME.md);
      onProgress(1);
      return name;
    }
    const files: Record<string, Uint8Array> = {};
    for (const [i, doc] of docs.entries()) {
      const base = safeFilePart(doc.prospect.name);
      let file = `${base}.md`;
      for (let n = 2; file in files; n++) file = `${base}-${n}.md`;
      files[file] = strToU8(prospectMarkdown(doc, t));
      if (i % 500 === 0) {
        onProgress(0.4 + (0.5 * i) / docs.length);
        await yieldToUi();
      }
    }
    const name = exportFileName(scope, 'zip', now, 'markdown');
    saveFile(zipSync(files), name, MIME.zip);
    onProgress(1);
    return name;
  }
  const tables = buildTables(data, t);
  onProgress(0.5);
  await yieldToUi();
  if (format === 'csv') {
    const name = exportFileName(scope, 'zip', now, 'csv');
    saveFile(csvZip(tables, request.delimiter), name, MIME.zip);
    onProgress(1);
    return name;
  }
  // The spreadsheet writer is large; it loads only when a workbook is asked for.
  const { tablesToXlsx } = await import('@/lib/io/xlsx');
  const bytes = await tablesToXlsx(tables, {
    creator: request.repName || 'DealBrief',
    onProgress: async (done, total) => {
      onProgress(0.5 + (0.4 * done) / Math.max(1, total));
      await yieldToUi();
    },
  });
  const name = exportFileName(scope, 'xlsx', now);
  saveFile(bytes, name, MIME.xlsx);
  onProgress(1);
  return name;
}
