import { describe, expect, it } from 'vitest';
import { normalizeRoomPassword } from '@shared/room/password-normalize';

describe('room password normalisation', () => {
  it('reads a password as a phone or another keyboard types it the same as the one set', () => {
    const set = normalizeRoomPassword('cerise galet moulin');
    for (const typed of ['Cerise Galet Moulin', 'CERISE GALET MOULIN', '  cerise   galet moulin ', 'cerise\u00a0galet\tmoulin', 'cerise-galet-moulin', 'cérise gâlet moulin']) {
      expect(normalizeRoomPassword(typed)).toBe(set);
    }
  });

  it('drops accents both ways, composed or not, and reads French ligatures as their letters', () => {
    expect(normalizeRoomPassword('Rivière Été')).toBe('riviere ete');
    // "e" + combining grave accent, as some keyboards send it.
    expect(normalizeRoomPassword('rivie\u0300re')).toBe('riviere');
    expect(normalizeRoomPassword('Cœur ÆTHER')).toBe('coeur aether');
  });

  it('keeps apart passwords that differ in letters, digits or word order', () => {
    const set = normalizeRoomPassword('pomme-galet-nuage-42');
    expect(normalizeRoomPassword('pomme galet nuage 43')).not.toBe(set);
    expect(normalizeRoomPassword('pomme galet nuages 42')).not.toBe(set);
    expect(normalizeRoomPassword('galet pomme nuage 42')).not.toBe(set);
    expect(normalizeRoomPassword('pommegaletnuage42')).not.toBe(set);
  });

  it('leaves nothing of a password made of spaces and dashes only', () => {
    expect(normalizeRoomPassword(' - _ ')).toBe('');
  });
});

describe('room password normalisation outside Latin scripts', () => {
  it('drops only the Latin accents: a Devanagari or Thai password differing in a vowel sign stays different', () => {
    // कि / कु: the same consonant with the vowel sign i (U+093F) or u (U+0941): two different syllables.
    expect(normalizeRoomPassword('कमल कि 42')).not.toBe(normalizeRoomPassword('कमल कु 42'));
    // ติ / ตุ: Thai vowel marks above and below (U+0E34, U+0E38).
    expect(normalizeRoomPassword('ติ ดาว')).not.toBe(normalizeRoomPassword('ตุ ดาว'));
    // The same password typed again still matches.
    expect(normalizeRoomPassword('कमल कि 42')).toBe(normalizeRoomPassword(' कमल  कि-42 '));
    expect(normalizeRoomPassword('Élan Rivière')).toBe(normalizeRoomPassword('elan riviere'));
  });
});
