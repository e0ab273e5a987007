/**
 * The four boxes of a restitution axis, then the summary diagram that tells the story in one
 * picture. A frame titled like one of them becomes that section of a report.
 */
export const RESTITUTION_SECTIONS = ['opportunities', 'vigilance', 'stakes', 'investigate', 'summary'] as const;
export type RestitutionSection = (typeof RESTITUTION_SECTIONS)[number];

/** Titles in French and English, without accents, lower case; a title starting with one of them counts. */
const NAMES: Record<RestitutionSection, readonly string[]> = {
  opportunities: ['opportunities', 'opportunity', 'opportunites', 'opportunite'],
  vigilance: ['points of vigilance', 'point of vigilance', 'points de vigilance', 'point de vigilance', 'vigilance'],
  stakes: ['stakes', 'enjeux', 'issues at stake'],
  investigate: ['things to investigate', 'to investigate', 'pistes a investiguer', 'a investiguer', 'a creuser', 'elements a enqueter', 'a enqueter'],
  summary: ['summary diagram', 'schema de synthese', 'schema recapitulatif'],
};

const normalise = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "1 · Opportunités", "A) Enjeux"
    .replace(/^[\s\d\p{P}\p{S}]*(?:[a-z][).:]\s+)?/u, '')
    .trim();

export function restitutionSection(title: string): RestitutionSection | null {
  const t = normalise(title);
  for (const section of RESTITUTION_SECTIONS) {
    if (NAMES[section].some((n) => t === n || (t.startsWith(n) && !/[a-z0-9]/.test(t.charAt(n.length))))) return section;
  }
  return null;
}
