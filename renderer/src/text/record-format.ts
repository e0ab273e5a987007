import type { TFunction } from 'i18next';
import { formatDay as formatStoredDay } from '@shared/export/messages';
import type { Attribution } from '@shared/residency/consent';
import type { ConsentRefusal } from '@shared/residency/types';

/**
 * A stored day (YYYY-MM-DD) as the reader's language writes it, the same as in exports
 * ("4 mars 2025", "Mar 4, 2025"); the raw text when it is not a day.
 */
export function formatDay(day: string, language: string): string {
  return formatStoredDay(day, language.startsWith('fr') ? 'fr' : 'en');
}

/** "— Nadia, user · Le Grenier · Mar 4, 2025", or the profile instead of the pseudonym when consent asks for it. */
export function attributionLine(a: Attribution, t: TFunction, language: string): string {
  const role = t(`residency.role.${a.role}`);
  const who = a.pseudonym ? `${a.pseudonym}, ${role}` : a.ageBand ? `${role}, ${t(`residency.ageBand.${a.ageBand}`)}` : role;
  return ['— ' + who, a.place, formatDay(a.date, language)].filter((s) => s.trim() !== '' && s !== '— ').join(' · ');
}

export function refusalText(r: ConsentRefusal, t: TFunction): string {
  return t(`residency.refusal.${r}`);
}
