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
