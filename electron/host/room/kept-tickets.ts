import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ROOM_ROLES, type RoomRole } from '@shared/room/roles';

/** Where a project keeps the tickets its rooms handed out, between openings: the project file (ProjectSession.tickets). */
export interface TicketStore {
  read(): unknown;
  /** Called after every change; the store saves it (debounced, as an edit). */
  write(kept: unknown): void;
}

/** A store that forgets when the HOST stops (tests, a board that is not a project file). */
export function memoryTickets(): TicketStore {
  let kept: unknown;
  return { read: () => kept, write: (k) => void (kept = k) };
}

/** Tickets a project keeps: the newest ones, so a file that hosted many workshops stays small. */
export const MAX_KEPT_TICKETS = 500;

const keptSchema = z
  .array(z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), personId: z.string().max(64), role: z.enum(ROOM_ROLES) }))
  .max(MAX_KEPT_TICKETS * 2);
type Kept = z.infer<typeof keptSchema>[number];

/**
 * Only a hash of a resume secret is kept: the file, or a backup of it, resumes nobody. A secret is
 * 16 random bytes, so there is nothing to guess from its hash and no salt is needed.
 */
const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * The resume tickets a project's rooms handed out (a hash of the secret, the person id, the role),
 * so a room closed and opened again gives the same person back to a page that still holds its
 * secret: their dots in a vote left open, their private cards (docs/architecture.md, "Who is who").
 */
export class KeptTickets {
  /** hash → entry, oldest use first (a Map keeps insertion order). */
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly store: TicketStore) {
    const parsed = keptSchema.safeParse(store.read() ?? []);
    // What is unreadable is left as it is in the file until the next ticket rewrites it.
    if (parsed.success) for (const k of parsed.data.slice(-MAX_KEPT_TICKETS)) this.kept.set(k.hash, k);
  }

  /** The person a secret was handed out to, for this role; undefined when unknown here. */
  personOf(secret: string, role: RoomRole): string | undefined {
    const k = this.kept.get(hashOf(secret));
    return k && k.role === role ? k.personId : undefined;
  }

  /** Keeps (or refreshes as newest) a ticket handed out or resumed, dropping the oldest past the bound. */
  keep(secret: string, personId: string, role: RoomRole): void {
    const hash = hashOf(secret);
    this.kept.delete(hash);
    this.kept.set(hash, { hash, personId, role });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= MAX_KEPT_TICKETS) break;
      this.kept.delete(oldest);
    }
    this.save();
  }

  /** Forgets a person's tickets (their access was ended). */
  forget(personId: string): void {
    let changed = false;
    for (const [hash, k] of this.kept) {
      if (k.personId !== personId) continue;
      this.kept.delete(hash);
      changed = true;
    }
    if (changed) this.save();
  }

  private save(): void {
    this.store.write([...this.kept.values()]);
  }
}
