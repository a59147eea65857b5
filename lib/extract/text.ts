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
  return quotedClass((el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? ''));
}

function quotedClass(cls: string): boolean {
  return cls.length > 1 && cls.length < 500 && QUOTED_HINT.test(cls) && hasQuotedClass(cls);
}

/** What a regex `\s` (and so `trim()`) matches; the no-break spaces are among them. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const SPACE_RUNS = /[\s\u00a0\u2007\u202f]+/g;

/**
 * `data.replace(SPACE_RUNS, ' ')` without the regex pass and the copy for the common text node:
 * indentation around the words and single spaces between them.
 */
function collapseSpaces(data: string): string {
  const n = data.length;
  let a = 0;
  while (a < n && isSpaceCode(data.charCodeAt(a))) a++;
  if (a === n) return n > 0 ? ' ' : '';
  let b = n - 1;
  while (isSpaceCode(data.charCodeAt(b))) b--;
  for (let i = a + 1; i < b; i++) {
    const c = data.charCodeAt(i);
    // A space is kept as is unless it starts a run; any other space character is replaced.
    if (
      c === 32
        ? data.charCodeAt(i + 1) === 32 || isSpaceCode(data.charCodeAt(i + 1))
        : c < 33 || c >= 0xa0
          ? isSpaceCode(c)
          : false
    )
      return data.replace(SPACE_RUNS, ' ');
  }
  if (a === 0 && b === n - 1) return data;
  return (a > 0 ? ' ' : '') + data.slice(a, b + 1) + (b < n - 1 ? ' ' : '');
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

  // Elements we are inside, so a text node's parent needs no DOM read.
  const elements: Element[] = [];
  let node: Node | null = root;
  while (node) {
    let descend = false;
    let frame = 0;
    const type = node.nodeType;
    if (type === 3) {
      if (length < TEXT_LIMITS.maxTotalChars) {
        let data = (node as Text).data;
        if (data.length < 64 && isBlank(data)) {
          // Indentation between tags (about half of all text nodes): what the regex path below
          // would make of it, without running it.
          if (data.length > 0 && lastChar !== '\n' && lastChar !== ' ') {
            const el = elements.length > 0 ? elements[elements.length - 1]! : node.parentElement;
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
          let s = collapseSpaces(data);
          if (s.charCodeAt(0) === 32 && (lastChar === '\n' || lastChar === ' ')) s = s.slice(1);
          if (s.length > 0) {
            const el = elements.length > 0 ? elements[elements.length - 1]! : node.parentElement;
            const start = length;
            push(s);
            if (el)
              segments.push({ start, end: length, el, quoted: zoneLevel > 0 || quotedOpen > 0 });
          }
        }
      } else truncated = true;
    } else if (type === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (BLOCK_TAGS.has(tag)) frame = 1;
      // One call lists the attributes (most elements have none, or only a class): only those
      // present are read, instead of probing hidden, aria-hidden, style, class and id each.
      let hidden = tag === 'input';
      let cls: string | null = null;
      let id: string | null = null;
      if (!hidden && !SKIP_TAGS.has(tag)) {
        const names = el.getAttributeNames();
        for (let i = 0; i < names.length && !hidden; i++) {
          const name = names[i]!;
          if (name === 'class') cls = el.getAttribute('class');
          else if (name === 'id') id = el.getAttribute('id');
          else if (name === 'hidden') hidden = true;
          else if (name === 'aria-hidden') hidden = el.getAttribute(name) === 'true';
          else if (name === 'style') hidden = HIDDEN_STYLE.test(el.getAttribute(name) ?? '');
        }
      } else hidden = true;
      if (!hidden) {
        descend = true;
        if (tag === 'br') push('\n');
        else if (frame) newline();
        const level = HEADING_LEVEL[tag];
        if (level !== undefined) {
          if (zoneLevel > 0 && level <= zoneLevel) zoneLevel = 0;
          const h = (el.textContent ?? '').slice(0, 200);
          if (zoneLevel === 0 && QUOTED_HEADING_RE.test(h)) zoneLevel = level;
        }
        if (
          tag === 'blockquote' ||
          tag === 'q' ||
          ((cls !== null || id !== null) && quotedClass((cls ?? '') + ' ' + (id ?? '')))
        )
          frame |= 2;
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
        elements.push(node as Element);
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
      // The parent is the element we descended from: no DOM read needed.
      node = elements.pop() ?? null;
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

// One pass instead of two: a whitespace run holding a line break reads " | ", any other run " ".
const SPACE_RUN = /\s+/g;
const spaceRun = (run: string) => (run.includes('\n') ? ' | ' : ' ');

function clean(s: string): string {
  return s.replace(SPACE_RUN, spaceRun).trim();
}

const LETTER = /^\p{L}$/u;

/** Is the code point ending at `i` a letter (what `(?<![\p{L}])` rejects)? */
export function letterBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) return true;
  let ch = s[i - 1]!;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) ch = s.slice(i - 2, i);
  }
  return LETTER.test(ch);
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
    // The trimmed line's bounds (trim() strips exactly what \s matches), then one slice.
    let a = start;
    let b = nl;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) lines.push({ text: text.slice(a, b), start: a });
    start = nl + 1;
  }
  return lines;
}
