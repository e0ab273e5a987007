import { attributionFor, refusalFor } from '../residency/consent';
import type { AgeBand, InterviewRecord, ProfileRole, QuoteRecord } from '../residency/records';
import { formatDay, messagesFor, type ExportLang } from './messages';

/**
 * What leaves the room about a person. Anonymised (the default of every export): a person is
 * their profile (role + age band), never their pseudonym. Whatever the choice, a quote whose
 * person did not agree to be quoted ("none", or an interview that is gone so consent is
 * unknown) is absent, and a person who agreed only to anonymous quotes is never named.
 */

/** "user, 18–25", "usager, 18–25 ans"… or the role alone when no age band was recorded. */
export function profileLabel(role: ProfileRole, ageBand: AgeBand, lang: ExportLang): string {
  const r = messagesFor(lang).residency;
  const roleText = r.role[role];
  return ageBand ? `${roleText}, ${r.ageBand[ageBand]}` : roleText;
}

export interface ExportAttribution {
  /** Shown only when the export is not anonymised and the person agreed to be quoted by name. */
  pseudonym: string | null;
  profile: string;
  role: ProfileRole;
  ageBand: AgeBand;
  place: string;
  /** As stored: YYYY-MM-DD or empty. */
  date: string;
  /** "— user, 18–25 · Le Grenier · 4 Mar 2025": profile (or pseudonym and role), place, date. */
  line: string;
}

/** Whether the quote's words may appear in an export at all. */
export const mayExportQuote = (quote: QuoteRecord, interview: InterviewRecord | undefined): boolean => refusalFor(quote, interview) === undefined;

/**
 * The attribution an export may print; null for a quote typed without an interview (nobody to
 * attribute it to), undefined when the quote must be left out.
 */
export function exportAttribution(
  quote: QuoteRecord,
  interview: InterviewRecord | undefined,
  anonymised: boolean,
  lang: ExportLang,
): ExportAttribution | null | undefined {
  if (!mayExportQuote(quote, interview)) return undefined;
  if (quote.interviewId === null || !interview) return null;
  const allowed = attributionFor(quote, interview);
  if (!allowed) return undefined;
  const pseudonym = anonymised ? null : allowed.pseudonym;
  const profile = profileLabel(allowed.role, allowed.ageBand, lang);
  const role = messagesFor(lang).residency.role[allowed.role];
  const who = pseudonym ? `${pseudonym}, ${role}` : profile;
  const line = ['— ' + who, allowed.place.trim(), formatDay(allowed.date, lang)].filter((s) => s !== '').join(' · ');
  return { pseudonym, profile, role: allowed.role, ageBand: allowed.ageBand, place: allowed.place, date: allowed.date, line };
}

/**
 * Neutral ids for interviews and quotes (I01, Q001…): stored ids may hold a name
 * (`interview:nadia-2025-03-04`), so no export ever prints them.
 */
export function neutralIds<T extends { id: string }>(records: readonly T[], prefix: string, compare: (a: T, b: T) => number): Map<string, string> {
  const width = Math.max(2, String(records.length).length);
  return new Map([...records].sort(compare).map((r, i) => [r.id, `${prefix}${String(i + 1).padStart(width, '0')}`]));
}

/**
 * Replaces pseudonyms written in free text (a synthesis note "(Nadia, Joël)", a proposal body)
 * by the person's profile. Whole words, case-sensitive (a name is capitalised; "rose" the colour
 * stays), with and without accents. Identity when there is no name to hide.
 */
export function nameScrubber(interviews: readonly InterviewRecord[], lang: ExportLang): (text: string) => string {
  const replacement = new Map<string, string>();
  for (const i of interviews) {
    const name = i.pseudonym.trim();
    if (name.length < 2) continue;
    const profile = profileLabel(i.role, i.ageBand, lang);
    for (const form of new Set([name.normalize('NFC'), name.normalize('NFD'), stripAccents(name)])) if (!replacement.has(form)) replacement.set(form, profile);
  }
  if (replacement.size === 0) return (text) => text;
  const names = [...replacement.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return (text) => (text === '' ? text : text.replace(pattern, (name) => replacement.get(name) ?? name));
}

const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
