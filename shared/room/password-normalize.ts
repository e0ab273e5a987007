/**
 * What of a room password counts: its letters and digits in order, not how they were typed. A phone
 * capitalises the first letter ("Pomme galet nuage"), someone types "é" for "e" or the other way
 * round, a space or dash between words becomes two: none of that should lock a participant out.
 * Both sides of the password exchange use this, the HOST when it registers a door's password and
 * every peer before it proves one, so the same spoken password always matches.
 *
 * Lower case, Latin accents dropped (NFKD then the combining accents U+0300–U+036F removed), and
 * every run of spaces, dashes or underscores one space, none at the ends. Only those accents: in
 * Devanagari, Thai or Arabic the marks are vowels and signs that make a different word, so two
 * passwords differing in them stay different. Three words and two digits keep their strength:
 * only variants a person would not tell apart read alike.
 */
export function normalizeRoomPassword(password: string): string {
  return password
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]+/g, '')
    .toLowerCase()
    // French ligatures a keyboard may or may not make: "cœur" and "coeur" read alike.
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\s\-_\u2010-\u2015]+/gu, ' ')
    .trim();
}
