import { en, type Messages } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * The exports' words, without i18next: a generator is a pure function that may run in the
 * HOST, a command line or a worker, where no i18n instance is set up.
 */
export type ExportLang = 'fr' | 'en';

export const messagesFor = (lang: ExportLang): Messages => (lang === 'fr' ? fr : en);

/** Fills {{name}} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** i18next-style plural pair (`key_one` / `key_other`) picked by count. */
export function plural(group: object, key: string, count: number, lang: ExportLang): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  const words = group as Record<string, unknown>;
  const pick = [words[`${key}_${form}`], words[`${key}_other`]].find((w): w is string => typeof w === 'string');
  return fill(pick ?? key, { count });
}

/** A theme's counts as a sentence, each number agreeing with its own noun ("1 citation issue de 1 entretien, 2 profils distincts"). */
export function themeCountsLine(counts: { quotes: number; interviews: number; profiles: number }, lang: ExportLang): string {
  const m = messagesFor(lang);
  // The same nouns as the board's selection bar (residency.countQuotes…), in the report's sentence.
  return fill(m.export.report.counts, {
    quotes: plural(m.residency, 'countQuotes', counts.quotes, lang),
    interviews: plural(m.residency, 'countInterviews', counts.interviews, lang),
    profiles: plural(m.residency, 'countProfiles', counts.profiles, lang),
  });
}

const dayFormats = new Map<ExportLang, Intl.DateTimeFormat>();

/** A stored day (YYYY-MM-DD) as the reader's language writes it ("4 mars 2025", "Mar 4, 2025"); other text as it is. */
export function formatDay(day: string, lang: ExportLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  let format = dayFormats.get(lang);
  if (!format) {
    // English is plain 'en', which Intl writes the US way ("Mar 4, 2025"), as the app's screens and
    // export dialog do with that same 'en': one date reads the same on the board and in its exports.
    // The month is a word, so month-first is never ambiguous. Made once: costly to build.
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(lang, format);
  }
  return format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
