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
  const quotedCache = new Map<Element, boolean>();

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const newline = () => {
    if (lastChar !== '\n') push('\n');
  };

  const isQuotedEl = (el: Element): boolean => {
    // Walk up iteratively, memoising per element so the whole pass stays linear.
    const chain: Element[] = [];
    let cur: Element | null = el;
    let result = false;
    while (cur) {
      const cached = quotedCache.get(cur);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      chain.push(cur);
      const tag = cur.localName;
      if (tag === 'blockquote' || tag === 'q') {
        result = true;
        break;
      }
      const cls = (cur.getAttribute('class') ?? '') + ' ' + (cur.getAttribute('id') ?? '');
      if (cls.length > 1 && cls.length < 500 && hasQuotedClass(cls)) {
        result = true;
        break;
      }
      cur = cur.parentElement;
    }
    for (const c of chain) quotedCache.set(c, result);
    return result;
  };

  let node: Node | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      if (length < TEXT_LIMITS.maxTotalChars) {
        let data = (node as Text).data;
        if (data.length > TEXT_LIMITS.maxNodeChars) {
          data = data.slice(0, TEXT_LIMITS.maxNodeChars);
          truncated = true;
        }
        // Collapse whitespace as rendering does; non-breaking spaces become plain spaces.
        let s = data.replace(/[\s\u00a0\u2007\u202f]+/g, ' ');
        if (lastChar === '\n' || lastChar === ' ') s = s.replace(/^ /, '');
        if (s.length > 0) {
          const el = node.parentElement;
          const start = length;
          push(s);
          if (el)
            segments.push({ start, end: length, el, quoted: zoneLevel > 0 || isQuotedEl(el) });
        }
      } else truncated = true;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (!SKIP_TAGS.has(tag) && !isHiddenElement(el)) {
        descend = true;
        if (tag === 'br') push('\n');
        else if (BLOCK_TAGS.has(tag)) newline();
        const level = HEADING_LEVEL[tag];
        if (level !== undefined) {
          if (zoneLevel > 0 && level <= zoneLevel) zoneLevel = 0;
          const h = (el.textContent ?? '').slice(0, 200);
          if (zoneLevel === 0 && QUOTED_HEADING_RE.test(h)) zoneLevel = level;
        }
      }
    }
    if (++visited > TEXT_LIMITS.maxNodes) {
      truncated = true;
      break;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave this node and climb until a sibling is found, closing blocks on the way.
    while (node) {
      if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName)) newline();
      if (node === root) {
        node = null;
        break;
      }
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
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
