/**
 * What `window.tablee.workshop()` answers: the workshop day as this page's person lives it. Each
 * feature that knows a part (the day bar: step and timer; following; tables) registers a reader
 * while it is mounted; a part nobody reads is null.
 */
export interface WorkshopProbe {
  /** The agenda's current step: its index in the agenda and its title. */
  step: { index: number; title: string } | null;
  /** The shared timer as this page shows it (against the HOST's clock). */
  timer: { running: boolean; remainingMs: number } | null;
  /** The person id of whom this page follows. */
  following: string | null;
  /** The id of this page's person's table. */
  table: string | null;
  /**
   * The dot vote: whether it takes casts now, my own dots (as the HOST keeps them), and the totals
   * once revealed (null before: the page never has them).
   */
  vote: { id: string; open: boolean; myVotes: Record<string, number>; totals: Record<string, number> | null } | null;
}

type Part = keyof WorkshopProbe;
const readers = new Map<Part, () => unknown>();

/** Registers the reader of one part; the returned function takes it back (only if it is still this one). */
export function provideWorkshopPart<K extends Part>(part: K, read: () => WorkshopProbe[K]): () => void {
  readers.set(part, read);
  return () => {
    if (readers.get(part) === read) readers.delete(part);
  };
}

export function readWorkshop(): WorkshopProbe {
  const get = <K extends Part>(part: K): WorkshopProbe[K] => ((readers.get(part)?.() ?? null) as WorkshopProbe[K]);
  return { step: get('step'), timer: get('timer'), following: get('following'), table: get('table'), vote: get('vote') };
}
