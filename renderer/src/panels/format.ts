import type { TFunction } from 'i18next';
import type { Attribution } from '@shared/residency/consent';
import type { ConsentRefusal } from '@shared/residency/types';

/** A stored day (YYYY-MM-DD) as the reader's language writes it; the raw text when it is not a day. */
export function formatDay(day: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "— Nadia, user · Le Grenier · 4 Mar 2025", or the profile instead of the pseudonym when consent asks for it. */
export function attributionLine(a: Attribution, t: TFunction, language: string): string {
  const role = t(`residency.role.${a.role}`);
  const who = a.pseudonym ? `${a.pseudonym}, ${role}` : a.ageBand ? `${role}, ${t(`residency.ageBand.${a.ageBand}`)}` : role;
  return ['— ' + who, a.place, formatDay(a.date, language)].filter((s) => s.trim() !== '' && s !== '— ').join(' · ');
}

export function refusalText(r: ConsentRefusal, t: TFunction): string {
  return t(`residency.refusal.${r}`);
}
