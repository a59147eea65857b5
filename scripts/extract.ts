// npm run extract -- FILE.html [--url URL]: print the facts the scanner finds, as JSON.
import { readFileSync } from 'node:fs';
import { scanDocument } from '../lib/extract/index';
import { loadDocument, pageUrl } from './lib/pages';

function main(argv: string[]): number {
  const args = [...argv];
  let url: string | undefined;
  let lang: string | undefined;
  const files: string[] = [];
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '--url') url = args.shift();
    else if (a === '--lang') lang = args.shift();
    else if (a === '-h' || a === '--help') {
      console.log('usage: extract FILE.html [--url URL] [--lang LANG]');
      return 0;
    } else files.push(a);
  }
  if (files.length !== 1) {
    console.error('usage: extract FILE.html [--url URL] [--lang LANG]');
    return 2;
  }
  const file = files[0]!;
  const html = readFileSync(file, 'utf8');
  const pageAddress = pageUrl(html, file, url);
  const doc = loadDocument(html, pageAddress);
  const started = performance.now();
  const result = scanDocument(doc, lang ? { url: pageAddress, lang } : { url: pageAddress });
  const ms = Math.round((performance.now() - started) * 10) / 10;
  console.log(JSON.stringify({ url: pageAddress, ms, ...result }, null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
