import { briefMenu } from './briefMenu';
import { clipMenu } from './clipMenu';
import type { MenuContribution } from './menus';
import { portraitMenu } from './portraitMenu';
import { peopleMenu } from './peopleMenu';

/** Every feature's context-menu entries, in menu order. Features add theirs here. */
export const MENU_CONTRIBUTIONS: readonly MenuContribution[] = [
  clipMenu,
  portraitMenu,
  peopleMenu,
  briefMenu,
];
