// Russian registration ids (ИНН, ОГРН, ОГРНИП, КПП) near their labels, accepted only when the
// official check digits hold (КПП has none, so it needs its label and its exact format).
import { FactBag, evidence } from './facts';
import type { Evidence, RuIdFact, RuIdKind } from './schema';
import { allNodes, strings, type SdNode } from './sd';
import { snippetAround, type TextModel } from './text';

const INN10_W = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_W1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_W2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function weighted(d: string, w: number[]): number {
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += Number(d[i]) * w[i]!;
  return (sum % 11) % 10;
}

export function isValidInn(s: string): boolean {
  if (/^\d{10}$/.test(s)) return weighted(s, INN10_W) === Number(s[9]);
  if (/^\d{12}$/.test(s))
    return weighted(s, INN12_W1) === Number(s[10]) && weighted(s, INN12_W2) === Number(s[11]);
  return false;
}

/** Remainder of a long decimal string, digit by digit (no BigInt needed). */
function mod(s: string, m: number): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % m;
  return r;
}

export function isValidOgrn(s: string): boolean {
  return /^\d{13}$/.test(s) && mod(s.slice(0, 12), 11) % 10 === Number(s[12]);
}

export function isValidOgrnip(s: string): boolean {
  return /^\d{15}$/.test(s) && mod(s.slice(0, 14), 13) % 10 === Number(s[14]);
}

export function isValidKpp(s: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(s);
}

export function validId(kind: RuIdKind, v: string): boolean {
  if (kind === 'inn') return isValidInn(v);
  if (kind === 'ogrn') return isValidOgrn(v);
  if (kind === 'ogrnip') return isValidOgrnip(v);
  return isValidKpp(v);
}

// Label, a short gap without digits (":", "№", a table-cell break), then the value.
const PATTERNS: Array<{ re: RegExp; kinds: RuIdKind[] }> = [
  {
    re: /ИНН\s*\/\s*КПП[^\d\n]{0,20}\n?[^\d\n]{0,10}(\d{10})\s*[/\\|,]\s*(\d{4}[\dA-Z]{2}\d{3})(?![\dA-Z])/gu,
    kinds: ['inn', 'kpp'],
  },
  {
    re: /(?<![\p{L}])(?:ИНН|INN)(?![\p{L}])[^\d\n]{0,25}\n?[^\d\n]{0,10}(\d{12}|\d{10})(?!\d)/gu,
    kinds: ['inn'],
  },
  {
    re: /(?<![\p{L}])(?:ОГРНИП|OGRNIP)(?![\p{L}])[^\d\n]{0,25}\n?[^\d\n]{0,10}(\d{15})(?!\d)/gu,
    kinds: ['ogrnip'],
  },
  {
    re: /(?<![\p{L}])(?:ОГРН|OGRN)(?![\p{L}])[^\d\n]{0,25}\n?[^\d\n]{0,10}(\d{13}|\d{15})(?!\d)/gu,
    kinds: ['ogrn'],
  },
  {
    re: /(?<![\p{L}])(?:КПП|KPP)(?![\p{L}])[^\d\n]{0,25}\n?[^\d\n]{0,10}(\d{4}[\dA-Z]{2}\d{3})(?![\dA-Z])/gu,
    kinds: ['kpp'],
  },
];

export function extractIds(model: TextModel, sd: SdNode[]): RuIdFact[] {
  const bag = new FactBag<RuIdFact>();
  const add = (kind: RuIdKind, value: string, ev: Evidence | (() => Evidence)) => {
    // "ОГРН" labels sometimes carry a 15-digit ОГРНИП.
    const k: RuIdKind = kind === 'ogrn' && value.length === 15 ? 'ogrnip' : kind;
    if (!validId(k, value)) return;
    bag.add(`${k}:${value}`, () => ({ kind: k, value, evidence: [] }), ev);
  };
  const text = model.text;
  // Cheap pre-check: pages without any label skip five regex passes.
  if (/ИНН|ОГРН|КПП|INN|OGRN|KPP/.test(text)) {
    for (const { re, kinds } of PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let count = 0;
      // A page repeating a label thousands of times gains nothing from reading each one.
      while ((m = re.exec(text)) && count++ < 500) {
        // The snippet is built only when a fact keeps it (a repeated id keeps its first few).
        const at = m.index;
        const end = at + m[0].length;
        let snip: string | undefined;
        const lazy = () => evidence('text', (snip ??= snippetAround(text, at, end)));
        for (let i = 0; i < kinds.length; i++) {
          const v = m[i + 1];
          if (v) add(kinds[i]!, v, lazy);
        }
      }
    }
  }
  for (const n of allNodes(sd)) {
    for (const s of [...strings(n, 'taxID'), ...strings(n, 'vatID')]) {
      const v = s.replace(/\D/g, '');
      if (v.length === 10 || v.length === 12) add('inn', v, evidence(n.source, `taxID: ${s}`));
    }
  }
  return bag.values();
}
