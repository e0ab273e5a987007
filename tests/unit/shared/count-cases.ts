type Lang = 'fr' | 'en';
type Reads = readonly (string | readonly string[])[];

/**
 * The cases of a check that words agree with their number, for `it.each`: French and English at
 * 0, 1 and 2 (or from 1), each given as what it reads (a text, or several), each case coming out
 * as `[lang, n, ...what it reads]`.
 */
export function countCases({ from = 0, ...reads }: { from?: 0 | 1; fr: Reads; en: Reads }): [Lang, number, ...string[]][] {
  return (['fr', 'en'] as const).flatMap((lang) => reads[lang].map((read, i): [Lang, number, ...string[]] => [lang, from + i, ...(typeof read === 'string' ? [read] : read)]));
}
