import { actionsEn, type ActionLabels } from '@shared/i18n/actions.en';
import { actionsFr } from '@shared/i18n/actions.fr';
import { menuEn } from '@shared/i18n/menu.en';
import { menuFr } from '@shared/i18n/menu.fr';

/**
 * Words of the native menu and dialogs, from the shared dictionaries (menu.*.ts, and the
 * actions' names for the board's commands), chosen from the OS locale (`app.getLocale()`).
 */
export type MenuLabels = typeof menuEn & { actions: ActionLabels };

/** French for any `fr*` locale (fr, fr-FR, fr-CA…), English otherwise. */
export function menuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('fr') ? { ...menuFr, actions: actionsFr.labels } : { ...menuEn, actions: actionsEn.labels };
}
