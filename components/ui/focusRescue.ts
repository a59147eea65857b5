// When the focused control disappears (the rep removed the item it belonged to, or closed the
// card it was in), browsers drop focus to <body> and a keyboard user starts again from the top
// of the page. One observer per page puts it back where the rep was:
//   1. on the nearest "Undo" (any element marked `data-focus-after-remove`) around the place
//      the removed element was, so the slip can be taken back with one key;
//   2. else on the next item (the first focusable element after the removed one), or the
//      previous item, in the same container;
//   3. else on the nearest focusable container still on the page.
// Components that know better (a closed card returning focus to the person it showed) focus
// something themselves during the same commit, and this then does nothing.

export const FOCUS_AFTER_REMOVE = 'data-focus-after-remove';

/** How far up an Undo is looked for: the removed item's own section of the page. */
const REGION = 'section, [role="tabpanel"], [role="dialog"], dialog, main';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

function focusable(el: Element): el is HTMLElement | SVGElement {
  return el.matches(FOCUSABLE) && !el.closest('[hidden], [inert]');
}

function firstFocusable(within: Node | null, last = false): HTMLElement | SVGElement | null {
  if (!(within instanceof Element) || !within.isConnected) return null;
  if (focusable(within)) return within;
  const all = [...within.querySelectorAll(FOCUSABLE)].filter(focusable);
  return (last ? all.at(-1) : all[0]) ?? null;
}

function focusLost(doc: Document): boolean {
  return doc.activeElement === null || doc.activeElement === doc.body;
}

function undoAround(root: Element, container: Node): HTMLElement | null {
  for (let at: Node | null = container; at && root.contains(at); at = at.parentNode) {
    if (!(at instanceof Element)) continue;
    const undo = at.querySelector<HTMLElement>(`[${FOCUS_AFTER_REMOVE}]`);
    if (undo && focusable(undo)) return undo;
    if (at.matches(REGION)) break;
  }
  return null;
}

/** Where focus goes after `removed` (the container it was in, and its old neighbours) left. */
function focusTarget(
  root: Element,
  container: Node,
  next: Node | null,
  previous: Node | null,
): HTMLElement | SVGElement | null {
  const undo = undoAround(root, container);
  if (undo) return undo;
  const neighbour = firstFocusable(next) ?? firstFocusable(previous, true);
  if (neighbour) return neighbour;
  for (let at: Node | null = container; at && root.contains(at); at = at.parentNode) {
    const inside = firstFocusable(at);
    if (inside) return inside;
  }
  return null;
}

/** How long after a removal its Undo may still appear and take the focus (the list and the
 * notice update in separate renders, in either order). */
const UNDO_GRACE_MS = 1000;

/** Starts watching `root`; returns the function that stops it. */
export function installFocusRescue(root: HTMLElement): () => void {
  const doc = root.ownerDocument;
  let lastFocused: Element | null = null;
  const onFocusIn = (e: FocusEvent) => {
    lastFocused = e.target instanceof Element ? e.target : null;
  };
  // A removal whose focus went to a neighbour while its Undo was not shown yet.
  let awaitingUndo: { container: Node; placed: Element; until: number } | null = null;
  const observer = new MutationObserver((records) => {
    if (awaitingUndo) {
      const { container, placed, until } = awaitingUndo;
      if (doc.activeElement !== placed || Date.now() > until) awaitingUndo = null;
      else {
        const undo = undoAround(root, container);
        if (undo) {
          awaitingUndo = null;
          undo.focus();
        }
      }
    }
    const gone = lastFocused;
    if (!gone || gone.isConnected || !focusLost(doc)) return;
    const record = records.find((r) =>
      [...r.removedNodes].some((n) => n === gone || n.contains(gone)),
    );
    if (!record) return;
    lastFocused = null;
    const target = focusTarget(root, record.target, record.nextSibling, record.previousSibling);
    if (!target) return;
    target.focus();
    if (!target.hasAttribute(FOCUS_AFTER_REMOVE))
      awaitingUndo = {
        container: record.target,
        placed: target,
        until: Date.now() + UNDO_GRACE_MS,
      };
  });
  root.addEventListener('focusin', onFocusIn);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    root.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
