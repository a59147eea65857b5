import { clipMenu } from './clipMenu';
import type { MenuContribution } from './menus';

/** Every feature's context-menu entries, in menu order. Features add theirs here. */
export const MENU_CONTRIBUTIONS: readonly MenuContribution[] = [clipMenu];
