/**
 * Where a page keeps its room resume secret (the `ticket` of `welcome`), per room address and
 * door: a reload, a start-over after a refused edit, or the room's address opened again in this
 * browser resumes it, so the HOST gives the same person back, with their own dots and private
 * cards. Kept beside the room identity (localStorage, room-identity.ts): the HOST binds a person
 * id to the first ticket that claims it, so a tab that had lost the secret would no longer be
 * that person. It is sent only in the sealed `join`, never in a URL. A room opened again has a
 * new id, so an old secret is never sent to it.
 */
export const ticketKey = (host: string, roomId: string, door: string): string => `tablee:ticket:${host}/${roomId}/${door}`;

export function storedTicket(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeTicket(key: string, ticket: string): void {
  try {
    localStorage.setItem(key, ticket);
  } catch {
    // Storage refused (privacy settings): a reload then joins as someone new.
  }
}
