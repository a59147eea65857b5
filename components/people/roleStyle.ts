import type { Role } from '@/lib/model';

/**
 * Role colours of the map. Colour is a second channel only: every node also prints its role as
 * text, so the palette may repeat hues for minor roles without losing meaning.
 */
export const ROLE_COLOURS: Record<Role, string> = {
  decision_maker: '#c0392b',
  economic_buyer: '#8e44ad',
  influencer: '#d68910',
  champion: '#1e8449',
  technical_expert: '#2471a3',
  user: '#5d6d7e',
  gatekeeper: '#117a65',
  blocker: '#4a235a',
  unknown: '#99a3a4',
};

export function influenceDots(influence: number): string {
  const n = Math.min(5, Math.max(1, Math.round(influence)));
  return '●'.repeat(n) + '○'.repeat(5 - n);
}
