// The company's own social profiles. Share buttons, intent links and links to single posts or
// videos point at the network, not at a profile, so they are rejected.
import { FactBag, evidence } from './facts';
import type { SocialFact, SocialNetwork } from './schema';
import { allNodes, strings, type SdNode } from './sd';
import { cleanValue } from './text';

const HOSTS: Record<string, SocialNetwork> = {
  'vk.com': 'vk',
  'vk.ru': 'vk',
  'vkontakte.ru': 'vk',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'ok.ru': 'ok',
  'odnoklassniki.ru': 'ok',
  'dzen.ru': 'dzen',
  'zen.yandex.ru': 'dzen',
  'rutube.ru': 'rutube',
  'youtube.com': 'youtube',
  'linkedin.com': 'linkedin',
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'x.com': 'x',
  'twitter.com': 'x',
  'instagram.com': 'instagram',
  'github.com': 'github',
};
/** Canonical host per network so that twitter.com and x.com profiles dedupe. */
const CANON_HOST: Record<SocialNetwork, string> = {
  vk: 'vk.com',
  telegram: 't.me',
  ok: 'ok.ru',
  dzen: 'dzen.ru',
  rutube: 'rutube.ru',
  youtube: 'youtube.com',
  linkedin: 'linkedin.com',
  facebook: 'facebook.com',
  x: 'x.com',
  instagram: 'instagram.com',
  github: 'github.com',
};

// First path segments that are never a profile (actions, content items, site pages).
const NOT_PROFILE: Record<SocialNetwork, RegExp> = {
  vk: /^(?:share\.php|wall-?\d|video-?\d|photo-?\d|away\.php|widget|js|login|feed|search|doc-?\d|topic-|app\d|dev|about|legal|terms|support)/i,
  telegram: /^(?:share|joinchat|\+|addstickers|proxy|iv|s$)/i,
  ok: /^(?:dk|share|video|login|game|music)/i,
  dzen: /^(?:a\/|media\/.*\/.+|news|video\/watch)/i,
  rutube: /^(?:video|play|shorts|search|feeds?|info|embed)/i,
  youtube:
    /^(?:watch|embed|shorts|playlist|results|share|redirect|attribution_link|feed|live|v\/|iframe_api|player)/i,
  linkedin:
    /^(?:shareArticle|sharing|cws|feed|pulse|posts|jobs|learning|login|signup|legal|help|uas|authwall)/i,
  facebook:
    /^(?:sharer|share|dialog|plugins|tr$|tr\/|login|policy|help|privacy|watch|events|photo|permalink|story\.php|hashtag|ads|business|groups\/.*\/posts|l\.php)/i,
  x: /^(?:intent|share|home|hashtag|search|i\/|login|signup|tos|privacy|widgets)/i,
  instagram: /^(?:p\/|reel|reels|explore|stories|accounts|tv\/|about|legal|developer)/i,
  github:
    /^(?:login|join|features|pricing|about|site|security|topics|marketplace|sponsors|orgs\/[^/]+\/repositories)/i,
};

type Social = { url: string; network: SocialNetwork };

// Pages repeat their profile links (header, footer, team cards): each distinct href is parsed once.
const normalised = new Map<string, Social | null>();

export function normaliseSocial(href: string): Social | undefined {
  let v = normalised.get(href);
  if (v === undefined) {
    v = parseSocial(href) ?? null;
    if (normalised.size > 2000) normalised.clear();
    normalised.set(href, v);
  }
  // A copy, so a caller changing its result cannot change the next one's.
  return v ? { ...v } : undefined;
}

function parseSocial(href: string): Social | undefined {
  let u: URL;
  try {
    u = new URL(href.trim().replace(/^\/\//, 'https://'));
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname
    .toLowerCase()
    .replace(/^(?:www\.|m\.|mobile\.|[a-z]{2}(?:-[a-z]{2})?\.(?=linkedin\.com|facebook\.com))/, '');
  const network = HOSTS[host];
  if (!network) return undefined;
  let path = u.pathname.replace(/\/+$/, '').replace(/^\/+/, '');
  if (network === 'telegram') path = path.replace(/^s\//, '');
  if (path === '' || NOT_PROFILE[network].test(path)) return undefined;
  if (network === 'ok' && /st\.cmd=/i.test(u.search)) return undefined;
  const segs = path.split('/');
  let keep: string[];
  if (network === 'linkedin') {
    if (!/^(?:company|in|school|showcase)$/i.test(segs[0] ?? '') || !segs[1]) return undefined;
    keep = segs.slice(0, 2);
  } else if (network === 'youtube') {
    if (/^(?:channel|c|user)$/i.test(segs[0] ?? '')) {
      if (!segs[1]) return undefined;
      keep = segs.slice(0, 2);
    } else if ((segs[0] ?? '').startsWith('@')) keep = segs.slice(0, 1);
    else return undefined;
  } else if (network === 'facebook' && segs[0] === 'profile.php') {
    const id = u.searchParams.get('id');
    if (!id || !/^\d+$/.test(id)) return undefined;
    return { url: `https://facebook.com/profile.php?id=${id}`, network };
  } else if (network === 'facebook' && /^(?:pages|groups)$/i.test(segs[0] ?? '')) {
    keep = segs.slice(0, segs[0] === 'pages' ? 3 : 2);
  } else if (network === 'ok' && /^(?:group|profile)$/i.test(segs[0] ?? '')) {
    keep = segs.slice(0, 2);
  } else if (network === 'dzen' && segs[0] === 'id') {
    keep = segs.slice(0, 2);
  } else if (network === 'rutube' && /^(?:channel|u)$/i.test(segs[0] ?? '')) {
    keep = segs.slice(0, 2);
  } else {
    // A deeper path is a post/repo/photo of the profile, not the profile link itself.
    if (segs.length > 1 && network !== 'github') return undefined;
    if (network === 'github' && segs.length > 1) return undefined;
    keep = segs.slice(0, 1);
  }
  if (keep.some((s) => s === '' || s.length > 100)) return undefined;
  // YouTube channel ids are case-sensitive; elsewhere handles are not.
  const caseSensitive = network === 'youtube' && /^channel$/i.test(keep[0] ?? '');
  const p = keep.map((s) => (caseSensitive ? s : s.toLowerCase())).join('/');
  return { url: `https://${CANON_HOST[network]}/${p}`, network };
}

export function extractSocials(doc: Document, sd: SdNode[]): SocialFact[] {
  const bag = new FactBag<SocialFact>();
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < 5000; i++) {
    const a = links[i]!;
    const href = a.getAttribute('href') ?? '';
    if (
      !/(?:vk|t\.me|telegram|ok\.ru|odnoklassniki|dzen|zen\.yandex|rutube|youtube|linkedin|facebook|fb\.com|x\.com|twitter|instagram|github)/i.test(
        href,
      )
    )
      continue;
    const n = normaliseSocial(href);
    if (!n) continue;
    const label =
      cleanValue(a.textContent ?? '', 100) ||
      cleanValue(a.getAttribute('title') ?? a.getAttribute('aria-label') ?? '', 100);
    bag.add(
      n.url,
      () => ({ url: n.url, network: n.network, evidence: [] }),
      evidence('link', label ? `${label} (${href})` : href),
    );
  }
  for (const node of allNodes(sd)) {
    for (const s of strings(node, 'sameAs')) {
      const n = normaliseSocial(s);
      if (n)
        bag.add(
          n.url,
          () => ({ url: n.url, network: n.network, evidence: [] }),
          evidence(node.source, `sameAs: ${s}`),
        );
    }
  }
  return bag.values();
}
