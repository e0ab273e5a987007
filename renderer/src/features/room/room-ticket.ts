/**
 * Where a tab keeps its room ticket, per room address and door: a reload (or a start-over after a
 * refused edit) resumes it, so the HOST gives the same person back, with their own dots in a vote.
 * sessionStorage: this tab only, gone when it closes; a room opened again has a new id, so an old
 * ticket is never sent to it.
 */
export const ticketKey = (host: string, roomId: string, door: string): string => `tablee:ticket:${host}/${roomId}/${door}`;

export function storedTicket(key: string): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeTicket(key: string, ticket: string): void {
  try {
    sessionStorage.setItem(key, ticket);
  } catch {
    // Storage refused (a private window's quota): a reload then joins as someone new.
  }
}
