/** Words easy to read out loud in French and English, for a room's passwords. */
const WORDS = ['pomme', 'tilleul', 'marche', 'riviere', 'atelier', 'lanterne', 'cerise', 'violon', 'nuage', 'sentier', 'brioche', 'colline', 'mouette', 'pivoine', 'galet', 'tartine', 'rosier', 'bouleau', 'moulin', 'prairie'];

/**
 * Three words and two digits: short enough to read out, long enough to resist guessing for a day
 * (the HOST answers only a few guesses a second). `below(n)` is a uniform random integer in
 * [0, n) from the caller's cryptographic source (the page's or the HOST's).
 */
export function wordsPassword(below: (n: number) => number): string {
  const pick = (): string => WORDS[below(WORDS.length)]!;
  return `${pick()}-${pick()}-${pick()}-${String(below(100)).padStart(2, '0')}`;
}
