import type { TFunction } from 'i18next';
import { roomEn } from '@shared/i18n/room.en';
import { roomFr } from '@shared/i18n/room.fr';

/**
 * The facilitator's default name in every language. A facilitator who never picked a name signs
 * their cards with it, in the language their window had then; the doc keeps that word.
 */
const DEFAULT_FACILITATOR_NAMES: ReadonlySet<string> = new Set([roomEn.room.facilitator, roomFr.room.facilitator]);

/** A person's name as this page shows it: a default facilitator name reads in this page's language ("Créé par Animation", not "Facilitator"). */
export function shownName(name: string, t: TFunction): string {
  return DEFAULT_FACILITATOR_NAMES.has(name) ? t('room.facilitator') : name;
}
