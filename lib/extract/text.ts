// Visible-text model of a page. We cannot use innerText (jsdom lacks it, and it forces layout in
// Chromium), so we walk the DOM ourselves: iteratively (deep DOMs must not overflow the stack),
// with caps (hostile pages must not make the scan slow), inserting line breaks at block
// boundaries so that text from separate cards and table cells never glues into one "fact".

export interface TextSegment {
  start: number;
  end: number;
  /** Parent element of the text node, used to judge the context (testimonial, footer, …). */
  el: Element;
  /** True when the text sits in a quote/review/news block (its people are not staff). */
  quoted: boolean;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
  truncated: boolean;
}

/** Caps keep the scan near-linear and bounded on pathological pages. */
export const TEXT_LIMITS = {
  maxNodes: 300_000,
  maxNodeChars: 20_000,
  maxTotalChars: 600_000,
};

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'select',
  'textarea',
  'video',
  'audio',
  'picture',
]);

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'option',
  'center',
  'button',
  'label',
  'legend',
  'menu',
  'html',
  'img',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  if (el.localName === 'input') return true;
  return false;
}

/** Class/id words that mark blocks quoting other people: reviews, testimonials, news, blogs. */
export const QUOTED_BLOCK_RE =
  /^(?:testimonials?\w*|reviews?\w*|otzyv\w*|otziv\w*|отзыв\w*|news(?!letter)\w*|novost\w*|новост\w*|blog\w*|quotes?|blockquote|citat\w*|цитат\w*|comments?\w*|press(?:release)?s?|feedback\w*)$/i;

/** Class/id tokens ("review-card", "newsItem", "blog_post") tested word by word, not as substrings ("preview", "wordpress"). */
export function hasQuotedClass(classAndId: string): boolean {
  for (const tok of classAndId.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_-]+/))
    if (tok && QUOTED_BLOCK_RE.test(tok)) return true;
  return false;
}
/** Headings that open such a section. */
const QUOTED_HEADING_RE =
  /отзыв|testimonial|reviews?\b|what (?:our )?(?:clients|customers) (?:say|think)|новости|\bnews\b|\bblog\b|блог|что говорят/i;

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Class/id substrings that can make hasQuotedClass true: a cheap gate before splitting words. */
const QUOTED_HINT =
  /testimon|review|otz[yi]v|отзыв|news|novost|новост|blog|quote|citat|цитат|comment|press|feedback/i;

/** Only spaces, tabs, line breaks and no-break spaces (the common blank text nodes). */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

function quotedOwn(el: Element, tag: string): boolean {
  if (tag === 'blockquote' || tag === 'q') return true;
  const cls = (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '');
  return cls.length > 1 && cls.length < 500 && QUOTED_HINT.test(cls) && hasQuotedClass(cls);
}

export function buildTextModel(doc: Document): TextModel {
  const root: Node | null = doc.body ?? doc.documentElement;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '\n';
  let truncated = false;
  let visited = 0;
  // Heading-scoped "quoted" zone: set by a matching heading, cleared by the next heading of the
  // same or higher rank.
  let zoneLevel = 0;
  // One frame per element we are inside, so leaving it needs no second DOM read and quoted-ness
  // is inherited instead of looked up per text node: bit 1 = block, bit 2 = quoted.
  const frames: number[] = [];
  let quotedOpen = 0;
  // Ancestors above the walk's root (a "blog" class on <html>) quote the whole page.
  for (let a = root?.parentElement ?? null; a; a = a.parentElement)
    if (quotedOwn(a, a.localName)) quotedOpen++;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const newline = () => {
    if (lastChar !== '\n') push('\n');
  };

  let node: Node | null = root;
  while (node) {
    let descend = false;
    let frame = 0;
    if (node.nodeType === 3) {
      if (length < TEXT_LIMITS.maxTotalChars) {
        let data = (node as Text).data;
        if (data.length < 64 && isBlank(data)) {
          // Indentation between tags (about half of all text nodes): what the regex path below
          // would make of it, without running it.
          if (data.length > 0 && lastChar !== '\n' && lastChar !== ' ') {
            const el = node.parentElement;
            const start = length;
            push(' ');
            if (el)
              segments.push({ start, end: length, el, quoted: zoneLevel > 0 || quotedOpen > 0 });
          }
        } else {
          if (data.length > TEXT_LIMITS.maxNodeChars) {
            data = data.slice(0, TEXT_LIMITS.maxNodeChars);
            truncated = true;
          }
          // Collapse whitespace as rendering does; non-breaking spaces become plain spaces.
          let s = data.replace(/[\s\u00a0\u2007\u202f]+/g, ' ');
          if (s.charCodeAt(0) === 32 && (lastChar === '\n' || lastChar === ' ')) s = s.slice(1);
          if (s.length > 0) {
            const el = node.parentElement;
            const start = length;
            push(s);
            if (el)
              segments.push({ start, end: length, el, quoted: zoneLevel > 0 || quotedOpen > 0 });
          }
        }
      } else truncated = true;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (BLOCK_TAGS.has(tag)) frame = 1;
      // Most elements carry no attributes at all: one call rules out hidden and quoted.
      const attrs = el.hasAttributes();
      if (!SKIP_TAGS.has(tag) && !(tag === 'input' || (attrs && isHiddenElement(el)))) {
        descend = true;
        if (tag === 'br') push('\n');
        else if (frame) newline();
        const level = HEADING_LEVEL[tag];
        if (level !== undefined) {
          if (zoneLevel > 0 && level <= zoneLevel) zoneLevel = 0;
          const h = (el.textContent ?? '').slice(0, 200);
          if (zoneLevel === 0 && QUOTED_HEADING_RE.test(h)) zoneLevel = level;
        }
        if ((attrs || tag === 'blockquote' || tag === 'q') && quotedOwn(el, tag)) frame |= 2;
      }
    }
    if (++visited > TEXT_LIMITS.maxNodes) {
      truncated = true;
      break;
    }
    if (descend) {
      const child: Node | null = node.firstChild;
      if (child) {
        frames.push(frame);
        if (frame & 2) quotedOpen++;
        node = child;
        continue;
      }
    }
    // Leave this node and climb until a sibling is found, closing blocks on the way.
    if (frame & 1) newline();
    for (;;) {
      if (node === root) {
        node = null;
        break;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode;
      const f = frames.pop() ?? 0;
      if (f & 1) newline();
      if (f & 2) quotedOpen--;
      if (!node) break;
    }
  }
  return { text: parts.join(''), segments, truncated };
}

/** Segment containing a text offset (binary search), or undefined between segments. */
export function segmentAt(model: TextModel, offset: number): TextSegment | undefined {
  const segs = model.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * `segmentAt(model, l.start)?.quoted` for lines in text order, in one merge pass instead of a
 * binary search per line.
 */
export function quotedLines(model: TextModel, lines: readonly Line[]): boolean[] {
  const segs = model.segments;
  const out = new Array<boolean>(lines.length);
  let j = 0;
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.start;
    while (j < segs.length && segs[j]!.end <= at) j++;
    const s = segs[j];
    out[i] = s !== undefined && s.start <= at && s.quoted;
  }
  return out;
}

/** ≤ max chars of visible text around [start, end), on one line-ish, for evidence. */
export function snippetAround(text: string, start: number, end: number, max = 200): string {
  const span = Math.max(0, end - start);
  if (span >= max) return clean(text.slice(start, start + max));
  const side = Math.floor((max - span) / 2);
  let a = Math.max(0, start - side);
  let b = Math.min(text.length, end + side);
  // Prefer to cut at word boundaries so the snippet reads naturally.
  if (a > 0) {
    const sp = text.indexOf(' ', a);
    if (sp !== -1 && sp < start) a = sp + 1;
  }
  if (b < text.length) {
    const sp = text.lastIndexOf(' ', b);
    if (sp > end) b = sp;
  }
  return clean(text.slice(a, b)).slice(0, max);
}

function clean(s: string): string {
  return s
    .replace(/\s*\n\s*/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trim and collapse whitespace of an attribute or structured-data string, with a length cap. */
export function cleanValue(s: string, max = 300): string {
  return s
    .slice(0, max * 4)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Lines of the text with their offsets; the unit most text patterns work on. */
export interface Line {
  text: string;
  start: number;
}

const linesCache = new WeakMap<TextModel, Line[]>();

/** splitLines of the model's text, computed once per scan and shared by the extractors. */
export function modelLines(model: TextModel): Line[] {
  let lines = linesCache.get(model);
  if (!lines) linesCache.set(model, (lines = splitLines(model.text)));
  return lines;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const raw = text.slice(start, nl);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.length > 0) lines.push({ text: t, start: start + lead });
    start = nl + 1;
  }
  return lines;
}
