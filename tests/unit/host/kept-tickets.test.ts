import { describe, expect, it } from 'vitest';
import { KeptTickets, MAX_KEPT_TICKETS, memoryTickets } from '../../../electron/host/room/kept-tickets';

describe('the room tickets a project keeps between openings', () => {
  it('knows a secret again for its role only, and the store holds a hash, never the secret', () => {
    const store = memoryTickets();
    new KeptTickets(store).keep('secret-of-awa', 'awa-id', 'participant');
    // A later opening reads the store afresh.
    const next = new KeptTickets(store);
    expect(next.personOf('secret-of-awa', 'participant')).toBe('awa-id');
    expect(next.personOf('secret-of-awa', 'co-facilitator')).toBeUndefined();
    expect(next.personOf('someone-else', 'participant')).toBeUndefined();
    expect(JSON.stringify(store.read())).not.toContain('secret-of-awa');
  });

  it('forgets a person whose access ended', () => {
    const store = memoryTickets();
    const kept = new KeptTickets(store);
    kept.keep('a', 'awa-id', 'participant');
    kept.keep('b', 'bintou-id', 'participant');
    kept.forget('awa-id');
    const next = new KeptTickets(store);
    expect(next.personOf('a', 'participant')).toBeUndefined();
    expect(next.personOf('b', 'participant')).toBe('bintou-id');
  });

  it('keeps the newest tickets only, a resumed one counting as new', () => {
    const store = memoryTickets();
    const kept = new KeptTickets(store);
    kept.keep('first', 'p-first', 'participant');
    kept.keep('second', 'p-second', 'participant');
    for (let i = 0; i < MAX_KEPT_TICKETS - 2; i++) kept.keep(`s${i}`, `p${i}`, 'participant');
    kept.keep('first', 'p-first', 'participant');
    kept.keep('one more', 'p-more', 'participant');
    const next = new KeptTickets(store);
    expect((store.read() as unknown[]).length).toBe(MAX_KEPT_TICKETS);
    expect(next.personOf('second', 'participant')).toBeUndefined();
    expect(next.personOf('first', 'participant')).toBe('p-first');
    expect(next.personOf('one more', 'participant')).toBe('p-more');
  });

  it('reads what it cannot parse as nothing kept, without throwing', () => {
    for (const bad of ['tickets', [{ hash: 'not a hash', personId: 'x', role: 'participant' }], { a: 1 }]) {
      const kept = new KeptTickets({ read: () => bad, write: () => {} });
      expect(kept.personOf('anything', 'participant')).toBeUndefined();
    }
  });
});
