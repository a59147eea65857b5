// Organisation name candidates from every source, each scored; the best legal name (with its
// legal form) and the best brand are kept apart because reps need both and they often differ.
import { evidence } from './facts';
import type { Evidence, OrgCandidate, OrgFacts } from './schema';
import { allNodes, isOrgNode, strings, type SdNode } from './sd';
import { cleanValue, letterBefore, segmentAt, snippetAround, type TextModel } from './text';
import { latinKey } from '../text/translit';
import { findDomainPhrases } from './domainname';

const RU_FORMS =
  'ООО|ОАО|ЗАО|ПАО|НАО|АО|НКО|АНО|ТОО|ЧУП|УП|ГУП|МУП|ФГУП|ФГБУ|ГБУ|МБУ|ГК|НПО|НПП|ПК|СПК';
const RU_FULL_FORMS: Array<[RegExp, string]> = [
  [/общество\s+с\s+ограниченной\s+ответственностью/giu, 'ООО'],
  [/публичное\s+акционерное\s+общество/giu, 'ПАО'],
  [/закрытое\s+акционерное\s+общество/giu, 'ЗАО'],
  [/открытое\s+акционерное\s+общество/giu, 'ОАО'],
  [/непубличное\s+акционерное\s+общество/giu, 'НАО'],
  [/акционерное\s+общество/giu, 'АО'],
  [/индивидуальный\s+предприниматель/giu, 'ИП'],
];
const RU_FULL_FORM_HINT = /обществ|предпринимател/i;
/**
 * `(?<![\p{L}])` + this is the legal-name pattern; the look-behind is checked by hand after a
 * match (letterBefore), because in it the engine tries the pattern at every position of the page.
 */
const RU_LEGAL_RE = new RegExp(`(${RU_FORMS})\\s*[«"“„']\\s*([^»"”“'\\n]{1,80}?)\\s*[»"”“']`, 'gu');
const RU_IP_RE =
  /(?<![\p{L}])ИП\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(?:([А-ЯЁ])\.\s*([А-ЯЁ])\.|([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:вич|вна|чна|ична|оглы|кызы)))/gu;
const EN_FORMS =
  'LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|Inc\\.?|Incorporated|GmbH|Corp\\.?|Corporation|PLC|plc|LLP|L\\.P\\.|P\\.C\\.|PLLC|Pty\\.? Ltd\\.?|Co\\.';
const EN_LEGAL_RE = new RegExp(
  `((?:[A-Z0-9][\\w&'’.-]*)(?:[ \\t]+(?:[A-Z0-9][\\w&'’.-]*|&|and|of|the|for)){0,5}),?[ \\t]+(${EN_FORMS})(?![\\w])`,
  'g',
);
/** A legal-form word after a space or tab: the anchor every EN_LEGAL_RE match ends with. */
const EN_FORM_HINT = new RegExp(`[ \\t](?:${EN_FORMS})(?![\\w])`, 'g');
const COPYRIGHT_RE =
  /(?:©|\(c\)|copyright|&copy;)\s*(?:\d{4}\s*(?:[-–—]\s*(?:\d{4}|present))?\s*)?[,.]?\s*([^\n|©]{2,80})/gi;
const TITLE_SEP = /\s+[|–—\-:·»•~]+\s+|\s*[|»•]\s*|::|:\s+/;
const GENERIC_TITLE =
  /^(?:home|home ?page|главная(?: страница)?|contact(?:s| us)?|контакты|о (?:компании|нас)|about(?: us)?|team|our team|команда|наша команда|реквизиты|services?|услуги|welcome|index|news|новости|blog|products?|продукция|каталог|catalog|staff|people|management|руководство|locations?|partners|партн[её]ры|careers|вакансии|официальный сайт|official site)$/i;
const LEADING_NOISE =
  /^(?:welcome to|добро пожаловать (?:в|на)|copyright|all rights reserved|the official (?:web)?site of|официальный сайт)\s+/i;
const TRAILING_NOISE = /[\s,.]*(?:all rights reserved|все права защищены|\d{4}).*$/i;

export const ORG_SCORES = {
  jsonldName: 10,
  jsonldLegal: 11,
  microdata: 9,
  hcard: 8,
  ogSiteName: 8,
  appName: 5,
  logoAlt: 5,
  titleLast: 3,
  titleFirst: 3,
  titleOther: 1,
  legalText: 4,
  copyright: 4,
  domainText: 2,
  domainEqual: 4,
  domainPart: 2,
};

// Built once: these run for every candidate sighting, hundreds of times on a long page.
const RU_FORM_WORD = new RegExp(`(?<![\\p{L}])(?:${RU_FORMS}|ИП)(?![\\p{L}])`, 'u');
const RU_FORM_WORDS = new RegExp(`(?<![\\p{L}])(?:${RU_FORMS}|ИП)(?![\\p{L}])`, 'gu');
const EN_FORM_WORD = new RegExp(`(?:^|[\\s,])(?:${EN_FORMS})(?![\\w])`);
const EN_FORM_SUFFIXES = new RegExp(`,?\\s+(?:${EN_FORMS})(?![\\w])`, 'g');
const RU_LEGAL_TAIL = new RegExp(
  `(?<![\\p{L}])(${RU_FORMS})\\s*[«"“„']\\s*([^»"”“']+?)\\s*[»"”“']*$`,
  'u',
);

export function hasLegalForm(s: string): boolean {
  return RU_FORM_WORD.test(s) || EN_FORM_WORD.test(s);
}

/** Brand part of a legal name: ООО «Ромашка» → Ромашка; Acme Widgets, Inc. → Acme Widgets. */
export function stripLegalForm(s: string): string {
  let out = s;
  for (const [re, short] of RU_FULL_FORMS) out = out.replace(re, short);
  out = out
    .replace(RU_FORM_WORDS, ' ')
    .replace(EN_FORM_SUFFIXES, ' ')
    .replace(/[«»"“”„']/g, ' ');
  return out
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.\s]+$/, '');
}

/** Comparison key: case, quotes and spacing do not make two names different. */
export function orgKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'’`]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,]+$/, '')
    .trim();
}

/** Latin letters and digits only, so "Ромашка" can be compared with romashka.ru. */
export function compact(s: string): string {
  return latinKey(s);
}

export function siteLabel(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  const parts = host.replace(/^www\d?\./, '').split('.');
  // example.co.uk / example.com.au: the label before the two-part public suffix.
  if (parts.length >= 3 && /^(?:co|com|net|org|ac|gov|msk|spb)$/.test(parts[parts.length - 2]!))
    return parts[parts.length - 3]!;
  return parts.length >= 2 ? parts[parts.length - 2]! : (parts[0] ?? '');
}

function domainBonus(value: string, label: string): number {
  if (label.length < 3) return 0;
  const c = compact(stripLegalForm(value));
  if (c.length < 3) return 0;
  const l = compact(label);
  if (c === l) return ORG_SCORES.domainEqual;
  // Translit is lossy ("ks" vs "x", "ts" vs "c"); near-equal prefixes still count.
  if ((l.length >= 4 && c.includes(l)) || (c.length >= 4 && l.includes(c)))
    return ORG_SCORES.domainPart;
  const initials = stripLegalForm(value)
    .split(/[\s&-]+/)
    .filter(Boolean)
    .map((w) => compact(w)[0] ?? '')
    .join('');
  if (initials.length >= 2 && l.startsWith(initials)) return 1;
  return 0;
}

class Candidates {
  private readonly map = new Map<string, OrgCandidate>();

  /** Normal form per raw sighting: a long page repeats the same name many times. */
  private readonly norms = new Map<
    string,
    { value: string; kind: 'legal' | 'brand'; key: string; penalty: number } | null
  >();

  add(rawValue: string, scoreIn: number, evIn: Evidence | (() => Evidence)): void {
    let n = this.norms.get(rawValue);
    if (n === undefined) {
      n = normaliseCandidate(rawValue);
      this.norms.set(rawValue, n);
    }
    if (!n) return;
    const score = scoreIn - n.penalty;
    const c = this.map.get(n.key);
    if (!c) {
      const ev = typeof evIn === 'function' ? evIn() : evIn;
      this.map.set(n.key, { value: n.value, kind: n.kind, score, evidence: [ev] });
    } else {
      // Repeated sightings add a little confidence each, the best single source dominates.
      c.score = Math.max(c.score, score) + 0.5;
      if (c.evidence.length < 3) {
        const ev = typeof evIn === 'function' ? evIn() : evIn;
        if (!c.evidence.some((e) => e.snippet === ev.snippet)) c.evidence.push(ev);
      }
    }
  }

  list(): OrgCandidate[] {
    return [...this.map.values()];
  }
}

function normaliseCandidate(
  rawValue: string,
): { value: string; kind: 'legal' | 'brand'; key: string; penalty: number } | null {
  let penalty = 0;
  const value = decodeEntities(cleanValue(rawValue, 120))
    .replace(/^(?:(?:by|\d+)\s+)+/i, '')
    .replace(/^[\s,.:;\-–—|[\]()]+|[\s,:;\-–—|[\]()]+$/g, '')
    .replace(/\.\s*\.$/, '.');
  if (value.length < 2 || value.length > 100 || !/\p{L}/u.test(value)) return null;
  if (
    GENERIC_TITLE.test(value) ||
    /^(?:copyright|all rights reserved|все права защищены)$/i.test(value)
  )
    return null;
  // File names and bare host names are not how a company calls itself.
  if (/\.(?:png|jpe?g|gif|svg|webp)$/i.test(value) || /^[\w.-]+\.[a-z]{2,6}$/i.test(value))
    penalty = 4;
  const kind = hasLegalForm(value) ? 'legal' : 'brand';
  const normalised = kind === 'legal' ? normaliseLegal(value) : value;
  return { value: normalised, kind, key: `${kind}:${orgKey(normalised)}`, penalty };
}

function decodeEntities(s: string): string {
  // Double-encoded markup leaves literal entities in titles and alt texts.
  return s
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#0?39;|&apos;/gi, "'")
    .replace(/&nbsp;/gi, ' ');
}

/** Canonical spelling of a legal name: short form, «» quotes. */
export function normaliseLegal(s: string): string {
  let out = s;
  for (const [re, short] of RU_FULL_FORMS) out = out.replace(re, short);
  out = out.replace(RU_LEGAL_TAIL, '$1 «$2»');
  return out.replace(/\s+/g, ' ').trim();
}

export function extractOrg(doc: Document, model: TextModel, url: string, sd: SdNode[]): OrgFacts {
  const cands = new Candidates();
  const label = siteLabel(url);
  const bonus = new Map<string, number>();
  const add = (v: string, base: number, ev: Evidence | (() => Evidence)) => {
    let b = bonus.get(v);
    if (b === undefined) bonus.set(v, (b = domainBonus(v, label)));
    cands.add(v, base + b, ev);
  };
  // "Acme Widgets | Quality since 1990": a compound value offers each part; the domain decides.
  const addName = (v: string, base: number, ev: Evidence) => {
    const segs = v
      .split(TITLE_SEP)
      .map((x) => x.replace(LEADING_NOISE, '').trim())
      .filter(Boolean);
    if (segs.length <= 1 || hasLegalForm(v)) return add(v, base, ev);
    segs.forEach((seg, i) => {
      if (seg.split(/\s+/).length <= 6) add(seg, base - (i === 0 ? 1 : 2), ev);
    });
  };

  for (const n of allNodes(sd)) {
    if (!isOrgNode(n)) continue;
    const base =
      n.source === 'jsonld'
        ? ORG_SCORES.jsonldName
        : n.source === 'microdata'
          ? ORG_SCORES.microdata
          : ORG_SCORES.hcard;
    for (const s of strings(n, 'legalName'))
      add(s, base + 1, evidence(n.source, `legalName: ${s}`));
    for (const s of strings(n, 'name'))
      addName(s, base, evidence(n.source, `${n.types[0] ?? 'Organization'} name: ${s}`));
    for (const s of strings(n, 'alternateName'))
      add(s, base - 2, evidence(n.source, `alternateName: ${s}`));
  }

  const og = doc
    .querySelector('meta[property="og:site_name" i], meta[name="og:site_name" i]')
    ?.getAttribute('content');
  if (og) addName(og, ORG_SCORES.ogSiteName, evidence('opengraph', `og:site_name: ${og}`));
  const app = doc
    .querySelector('meta[name="application-name" i], meta[name="apple-mobile-web-app-title" i]')
    ?.getAttribute('content');
  if (app) addName(app, ORG_SCORES.appName, evidence('meta', `application-name: ${app}`));

  const title = cleanValue(doc.querySelector('title')?.textContent ?? '', 200);
  if (title) {
    const segs = title
      .split(TITLE_SEP)
      .map((s) => s.replace(LEADING_NOISE, '').trim())
      .filter(Boolean);
    segs.forEach((s, i) => {
      const base =
        segs.length === 1
          ? ORG_SCORES.titleFirst
          : i === segs.length - 1
            ? ORG_SCORES.titleLast
            : i === 0
              ? ORG_SCORES.titleFirst - 0.5
              : ORG_SCORES.titleOther;
      // Long title segments are taglines or page headlines, not names.
      if (s.split(/\s+/).length <= 6) add(s, base, evidence('meta', `title: ${title}`));
    });
  }

  const logos = doc.querySelectorAll('img[alt]');
  for (let i = 0, seen = 0; i < logos.length && seen < 5; i++) {
    const img = logos[i]!;
    const hint = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''} ${img.parentElement?.getAttribute('class') ?? ''}`;
    if (!/logo|логотип/i.test(hint)) continue;
    seen++;
    const alt = cleanValue(img.getAttribute('alt') ?? '', 100)
      .replace(/\s*(?:logo|логотип)\s*/gi, ' ')
      .trim();
    if (alt && alt.split(/\s+/).length <= 6)
      add(alt, ORG_SCORES.logoAlt, evidence('text', `logo alt: ${alt}`));
  }

  // The domain's own words in the title, headings and text: a typo'd logo alt or a title that is
  // all tagline still leaves the name spelled out somewhere.
  if (label.length >= 4) {
    for (const p of findDomainPhrases(title, label))
      add(p.value, ORG_SCORES.titleFirst, evidence('meta', `title: ${title}`));
    for (const p of findDomainPhrases(model.text, label))
      add(p.value, ORG_SCORES.domainText, () =>
        evidence('text', snippetAround(model.text, p.start, p.end)),
      );
  }

  textCandidates(model, (v, score, start, end) =>
    add(v, score, () => evidence('text', snippetAround(model.text, start, end))),
  );

  const all = cands.list();
  return { ...pickOrg(all), candidates: all.sort(byScore) };
}

function byScore(a: OrgCandidate, b: OrgCandidate): number {
  return b.score - a.score || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** Deterministic choice (ties broken by value) so that merged results do not depend on order. */
export function pickOrg(cands: readonly OrgCandidate[]): { legalName?: string; brand?: string } {
  const sorted = [...cands].sort(byScore);
  const legal = sorted.find((c) => c.kind === 'legal' && c.score >= 3);
  const brandCand = sorted.find((c) => c.kind === 'brand' && c.score >= 3);
  const out: { legalName?: string; brand?: string } = {};
  if (legal) out.legalName = legal.value;
  let brand = brandCand?.value;
  // A legal name that clearly outranks every brand candidate supplies the brand itself.
  if (legal && (!brandCand || legal.score > brandCand.score + 3))
    brand = stripLegalForm(legal.value) || brand;
  if (brand) out.brand = brand;
  return out;
}

function textCandidates(
  model: TextModel,
  add: (v: string, score: number, start: number, end: number) => void,
): void {
  const text = model.text;
  const quoted = (i: number) => segmentAt(model, i)?.quoted === true;
  let flat = text;
  // Seven full-text passes only when a full form can be there at all (most pages: none).
  if (RU_FULL_FORM_HINT.test(text))
    for (const [re, short] of RU_FULL_FORMS)
      flat = flat.replace(re, (m) => short.padEnd(m.length, ' '));
  // Full forms are replaced by same-length padding, so offsets still point into `text`.
  RU_LEGAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RU_LEGAL_RE.exec(flat))) {
    if (letterBefore(flat, m.index)) {
      RU_LEGAL_RE.lastIndex = m.index + 1;
      continue;
    }
    if (quoted(m.index)) continue;
    add(
      `${m[1]} «${m[2]!.trim()}»`,
      ORG_SCORES.legalText + nearCopyright(text, m.index),
      m.index,
      m.index + m[0].length,
    );
  }
  RU_IP_RE.lastIndex = 0;
  while ((m = RU_IP_RE.exec(flat))) {
    if (quoted(m.index)) continue;
    const v = m[2] ? `ИП ${m[1]} ${m[2]}. ${m[3]}.` : `ИП ${m[1]} ${m[4]} ${m[5]}`;
    add(v, ORG_SCORES.legalText + nearCopyright(text, m.index), m.index, m.index + m[0].length);
  }
  let count = 0;
  // EN_LEGAL_RE may start at any capital and never crosses a line break, so it runs only on the
  // lines that hold a legal-form word (found in one cheap pass) instead of over the whole text.
  EN_FORM_HINT.lastIndex = 0;
  let lineEnd = -1;
  let h: RegExpExecArray | null;
  while ((h = EN_FORM_HINT.exec(text)) && count < 500) {
    if (h.index < lineEnd) continue;
    const lineStart = text.lastIndexOf('\n', h.index) + 1;
    lineEnd = text.indexOf('\n', h.index);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    EN_LEGAL_RE.lastIndex = 0;
    while ((m = EN_LEGAL_RE.exec(line)) && count++ < 500) {
      const at = lineStart + m.index;
      if (quoted(at)) continue;
      const name = m[1]!
        .replace(
          /^(?:(?:copyright|all rights reserved|©|\d{4}|by|and|the|of|for|welcome to|about|at|contact)\s+)+/i,
          '',
        )
        .trim();
      if (!/^[A-Z0-9]/.test(name) || name.split(/\s+/).length > 6) continue;
      // Keep the author's own spelling of the separator ("Acme, Inc." vs "Acme Inc.").
      const whole = m[0];
      add(
        whole.slice(whole.indexOf(name)),
        ORG_SCORES.legalText - 1 + nearCopyright(text, at),
        at,
        at + whole.length,
      );
    }
  }
  COPYRIGHT_RE.lastIndex = 0;
  count = 0;
  while ((m = COPYRIGHT_RE.exec(text)) && count++ < 20) {
    const v = m[1]!
      .replace(TRAILING_NOISE, '')
      .replace(/^[\s,.]+/, '')
      .trim();
    if (v.split(/\s+/).length <= 6) add(v, ORG_SCORES.copyright, m.index, m.index + m[0].length);
  }
}

function nearCopyright(text: string, at: number): number {
  return /©|\(c\)|copyright/i.test(text.slice(Math.max(0, at - 30), at)) ? 2 : 0;
}
