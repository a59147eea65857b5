import type { ProspectGlimpse } from '@/lib/db/glimpse';

// The panel's first paint, before React and the app's code have loaded: the same frame and
// header the app renders, with the prospect's name and domain, so the hand-over does not move
// anything. Built with DOM calls and `textContent` only (a name may come from a hostile page).
// No words of the interface here: they arrive with the app a moment later.

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  for (const child of children)
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** Paints the prospect into `root` (emptied first) and marks the moment for `npm run bench`. */
export function paintGlimpse(root: HTMLElement, glimpse: ProspectGlimpse): void {
  // The topbar keeps the app's height: an invisible stand-in for its buttons.
  const placeholder = el('span', 'button topbar__button glimpse__placeholder', '\u00a0');
  placeholder.setAttribute('aria-hidden', 'true');
  const name = el('h1', 'prospect-name glimpse__name');
  // Element Timing: `npm run bench` reads when the name was actually painted.
  name.setAttribute('elementtiming', 'dealbrief-prospect-name');
  name.textContent = glimpse.name || glimpse.domain;
  const domain = el('span', '');
  domain.textContent = glimpse.domain;
  const frame = el(
    'div',
    'app',
    el('div', 'topbar', el('span', 'topbar__brand', 'DealBrief'), placeholder),
    el('main', 'main', el('header', 'prospect-header', name, el('div', 'meta', domain))),
  );
  frame.dataset.glimpse = glimpse.id;
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(frame);
  performance.mark('dealbrief:site-shown', { detail: glimpse.domain });
}
