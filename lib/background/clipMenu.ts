import { captureSelection } from './capture';
import type { MenuContribution } from './menus';

export const MENU_ADD_TO_DEALBRIEF = 'dealbrief-add-selection';

/** "Add to DealBrief": the selection becomes a clip on the site's prospect (created if needed). */
export const clipMenu: MenuContribution = {
  entries: (t) => [{ id: MENU_ADD_TO_DEALBRIEF, title: t('menu.addToDealBrief') }],
  async handle(id, click) {
    if (id !== MENU_ADD_TO_DEALBRIEF) return false;
    await captureSelection(click.db, click.owner, {
      text: click.selection,
      url: click.url,
      title: click.title,
    });
    return true;
  },
};
