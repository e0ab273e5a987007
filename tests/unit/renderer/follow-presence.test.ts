import { describe, expect, it } from 'vitest';
import type { RoomRole } from '@shared/room/roles';
import { followingOf, presenceOf } from '../../../renderer/src/features/follow/presence-states';
import type { Person } from '../../../renderer/src/features/room/people';

const person = (clientId: number, id: string, role: RoomRole, following: string | null = null): Person => ({
  clientId,
  role,
  link: 'relayed',
  peer: null,
  user: { id, name: id, color: '#000' },
  following,
});

describe('whose presence I follow', () => {
  it('is the page I clicked; among pages claiming one person id, the one the roster says is a facilitator', () => {
    const fanny = person(1, 'fanny', 'facilitator');
    // A participant's page publishing Fanny's id, with a follow that would fake a loop.
    const posing = person(2, 'fanny', 'participant', 'me');
    for (const people of [
      [fanny, posing],
      [posing, fanny],
    ]) {
      expect(presenceOf(people, 'fanny')?.clientId).toBe(1);
      expect(presenceOf(people, 'fanny', 1)?.clientId).toBe(1);
      expect(followingOf(people, 'fanny')).toBeNull();
    }
    // The page clicked wins while it is here.
    expect(presenceOf([fanny, posing], 'fanny', 2)?.clientId).toBe(2);
    expect(presenceOf([fanny], 'awa')).toBeNull();
  });
});
