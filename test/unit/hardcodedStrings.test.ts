import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../locales';

const root = join(__dirname, '../..');
const ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
  'aria-roledescription',
]);
const HAS_LETTERS = /\p{L}{2,}/u;
/** Quotation marks differ per language (“…” in English, «…» in Russian): they come from the locales. */
const QUOTE_MARKS = /[“”«»„]/;
const KEYS = new Set(Object.keys(en));

/**
 * Text that is the same in every UI language: language names written in their own language
 * (a language picker's convention) and ISO currency codes.
 */
function isLanguageNeutral(text: string): boolean {
  const t = text.trim();
  return ['English', 'Русский'].includes(t) || /^[A-Z]{3}$/.test(t);
}

/** A message key handed to a component that translates it (`label="brief.plans"`). */
function isMessageKey(text: string): boolean {
  return KEYS.has(text);
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(path);
    return e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx') ? [path] : [];
  });
}

/** User-visible text written into JSX instead of coming from the locales. */
function hardCoded(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTERS.test(node.text) && !isLanguageNeutral(node.text))
      found.push(`${where(node)} text "${node.text.trim()}"`);
    else if (ts.isJsxText(node) && QUOTE_MARKS.test(node.text))
      found.push(`${where(node)} quote marks "${node.text.trim()}"`);
    if (
      (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) &&
      QUOTE_MARKS.test(node.text)
    )
      found.push(`${where(node)} quote marks in \`${node.text}\``);
    if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined;
      if (
        literal &&
        HAS_LETTERS.test(literal.text) &&
        !isMessageKey(literal.text) &&
        !isLanguageNeutral(literal.text)
      )
        found.push(`${where(node)} ${node.name.getText(source)}="${literal.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      ts.isJsxElement(node.parent)
    ) {
      if (HAS_LETTERS.test(node.expression.text) && !isLanguageNeutral(node.expression.text))
        found.push(`${where(node)} text {'${node.expression.text}'}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no user-visible string is hard-coded', () => {
  it('JSX text and labels come from the locales (t(...)), in English and Russian', () => {
    const files = [...tsxFiles(join(root, 'components')), ...tsxFiles(join(root, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(hardCoded)).toEqual([]);
  });

  it('catches text, labels and string children written in place', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hardcoded-')), 'Bad.tsx');
    writeFileSync(
      file,
      `export const A = () => <div aria-label="Close dialog" title={'Подсказка'}>Save changes{'Отмена'}<span>{t('ok')}</span> ✕ </div>;`,
    );
    expect(hardCoded(file).map((f) => f.replace(/^.*Bad.tsx:\d+ /, ''))).toEqual([
      'aria-label="Close dialog"',
      'title="Подсказка"',
      'text "Save changes"',
      "text {'Отмена'}",
    ]);
  });

  it('catches quotation marks written in place (they differ per language)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hardcoded-')), 'Quotes.tsx');
    writeFileSync(
      file,
      "export const A = ({ x, w }) => <p>“{x}” {w.map((v) => `«${v}»`)} {t('text.quoted', { text: x })}</p>;",
    );
    expect(hardCoded(file).map((f) => f.replace(/^.*Quotes.tsx:\d+ /, ''))).toEqual([
      'quote marks "“"',
      'quote marks "”"',
      'quote marks in `«`',
      'quote marks in `»`',
    ]);
  });
});
