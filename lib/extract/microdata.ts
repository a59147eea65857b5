// HTML microdata (itemscope/itemtype/itemprop) → SdNode, without recursion and with caps.
import { SD_LIMITS, localType, type SdNode } from './sd';
import { cleanValue } from './text';

const MAX_PROPS = 5000;

function valueOf(el: Element): string {
  const tag = el.localName;
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href') ?? '';
  if (
    tag === 'img' ||
    tag === 'audio' ||
    tag === 'video' ||
    tag === 'source' ||
    tag === 'iframe' ||
    tag === 'embed'
  )
    return el.getAttribute('src') ?? '';
  if (tag === 'object') return el.getAttribute('data') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent ?? '';
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? '';
  const content = el.getAttribute('content');
  if (content !== null) return content;
  return textOf(el);
}

/** Text of an element with block boundaries as spaces (textContent glues "Москва" + "ул."). */
function textOf(el: Element): string {
  const parts: string[] = [];
  let total = 0;
  let node: Node | null = el;
  while (node && total < SD_LIMITS.maxString) {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      total += (node as Text).data.length;
    } else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'br' || tag === 'div' || tag === 'p' || tag === 'li' || tag === 'td')
        parts.push(' ');
      if (tag === 'script' || tag === 'style') {
        node = nextSkipping(node, el);
        continue;
      }
    }
    if (node.firstChild) node = node.firstChild;
    else node = nextSkipping(node, el);
  }
  return cleanValue(parts.join(''), SD_LIMITS.maxString);
}

function nextSkipping(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

export function readMicrodata(doc: Document): SdNode[] {
  const scopes = doc.querySelectorAll('[itemscope]');
  if (scopes.length === 0) return [];
  const nodes = new Map<Element, SdNode>();
  const roots: SdNode[] = [];
  for (let i = 0; i < scopes.length && i < SD_LIMITS.maxNodes; i++) {
    const el = scopes[i]!;
    const types = (el.getAttribute('itemtype') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 5)
      .map(localType);
    nodes.set(el, { types, props: new Map(), source: 'microdata' });
  }
  const props = doc.querySelectorAll('[itemprop]');
  for (let i = 0; i < props.length && i < MAX_PROPS; i++) {
    const el = props[i]!;
    const owner = el.parentElement?.closest('[itemscope]');
    const ownerNode = owner ? nodes.get(owner) : undefined;
    if (!ownerNode) continue;
    const child = el.hasAttribute('itemscope') ? nodes.get(el) : undefined;
    const value = child ?? valueOf(el).trim();
    if (value === '') continue;
    for (const name of (el.getAttribute('itemprop') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 5)) {
      const key = localType(name);
      const list = ownerNode.props.get(key) ?? [];
      if (list.length < SD_LIMITS.maxArray) list.push(value);
      ownerNode.props.set(key, list);
    }
  }
  for (const [el, node] of nodes) if (!el.hasAttribute('itemprop')) roots.push(node);
  return roots;
}
