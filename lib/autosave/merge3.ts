/**
 * Three-way merge of a text edited in two places at once (two panels, two windows), line by
 * line: changes to different lines are both applied; where both sides changed the same lines
 * differently, both versions are kept, ours first, then `marker`, then theirs. Nothing typed in
 * either place is lost.
 */
export interface MergeResult {
  text: string;
  conflict: boolean;
}

interface Hunk {
  /** Replaced base lines [start, end). */
  start: number;
  end: number;
  lines: string[];
}

/** Largest middle section (in lines, per side) diffed exactly; bigger ones become one hunk. */
const MAX_DIFF_LINES = 3000;

export function merge3(base: string, ours: string, theirs: string, marker: string): MergeResult {
  if (ours === theirs) return { text: ours, conflict: false };
  if (ours === base) return { text: theirs, conflict: false };
  if (theirs === base) return { text: ours, conflict: false };
  const b = base.split('\n');
  const o = ours.split('\n');
  const t = theirs.split('\n');
  const ho = diff(b, o);
  const ht = diff(b, t);
  const out: string[] = [];
  let conflict = false;
  let pos = 0;
  let i = 0;
  let j = 0;
  while (i < ho.length || j < ht.length) {
    const a = ho[i];
    const c = ht[j];
    // The next hunk (or overlapping group of hunks) in base order.
    let start: number;
    let end: number;
    const group: { ours: Hunk[]; theirs: Hunk[] } = { ours: [], theirs: [] };
    if (a && (!c || a.start <= c.start)) {
      start = a.start;
      end = a.end;
      group.ours.push(a);
      i++;
    } else {
      start = c!.start;
      end = c!.end;
      group.theirs.push(c!);
      j++;
    }
    // Pull in every hunk of either side that overlaps or touches this range.
    for (let grew = true; grew;) {
      grew = false;
      while (i < ho.length && overlaps(ho[i]!, start, end)) {
        end = Math.max(end, ho[i]!.end);
        group.ours.push(ho[i++]!);
        grew = true;
      }
      while (j < ht.length && overlaps(ht[j]!, start, end)) {
        end = Math.max(end, ht[j]!.end);
        group.theirs.push(ht[j++]!);
        grew = true;
      }
    }
    out.push(...b.slice(pos, start));
    const oursText = apply(b, start, end, group.ours);
    const theirsText = apply(b, start, end, group.theirs);
    if (group.ours.length === 0) out.push(...theirsText);
    else if (group.theirs.length === 0) out.push(...oursText);
    // Compared line by line: joined, "no lines" and "one empty line" would look the same.
    else if (sameLines(oursText, theirsText)) out.push(...oursText);
    else {
      conflict = true;
      out.push(...oursText, marker, ...theirsText);
    }
    pos = end;
  }
  out.push(...b.slice(pos));
  return { text: out.join('\n'), conflict };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, k) => line === b[k]);
}

function overlaps(h: Hunk, start: number, end: number): boolean {
  // Insertions at the same point, or ranges that overlap or touch, are one change.
  return h.start <= end && h.end >= start;
}

/** The base range [start, end) with a side's hunks (all inside it) applied. */
function apply(base: string[], start: number, end: number, hunks: Hunk[]): string[] {
  const out: string[] = [];
  let pos = start;
  for (const h of hunks) {
    out.push(...base.slice(pos, h.start), ...h.lines);
    pos = h.end;
  }
  out.push(...base.slice(pos, end));
  return out;
}

/** Hunks turning `a` into `b`: common prefix and suffix trimmed, LCS on the middle. */
export function diff(a: string[], b: string[]): Hunk[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    a[a.length - 1 - suf] === b[b.length - 1 - suf]
  )
    suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  if (am.length === 0 && bm.length === 0) return [];
  if (
    am.length > MAX_DIFF_LINES ||
    bm.length > MAX_DIFF_LINES ||
    am.length === 0 ||
    bm.length === 0
  ) {
    return [{ start: pre, end: pre + am.length, lines: bm }];
  }
  // LCS table over the middle (bounded above).
  const n = am.length;
  const m = bm.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      lcs[x]![y] =
        am[x] === bm[y] ? lcs[x + 1]![y + 1]! + 1 : Math.max(lcs[x + 1]![y]!, lcs[x]![y + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let x = 0;
  let y = 0;
  let open: Hunk | null = null;
  const close = () => {
    if (open) hunks.push(open);
    open = null;
  };
  while (x < n || y < m) {
    if (x < n && y < m && am[x] === bm[y]) {
      close();
      x++;
      y++;
    } else if (y < m && (x === n || lcs[x]![y + 1]! >= lcs[x + 1]![y]!)) {
      open ??= { start: pre + x, end: pre + x, lines: [] };
      open.lines.push(bm[y]!);
      y++;
    } else {
      open ??= { start: pre + x, end: pre + x, lines: [] };
      open.end = pre + x + 1;
      x++;
    }
  }
  close();
  return hunks;
}

/**
 * The text to store for one field: `text` as typed here, merged with what another window stored
 * meanwhile (when the stored text is no longer the `base` the edit started from).
 */
export function mergeField(
  stored: string,
  base: string | undefined,
  text: string,
  marker: string,
): string {
  if (base === undefined || stored === base || stored === text) return text;
  return merge3(base, text, stored, marker).text;
}
