/**
 * Where a page keeps its room resume secret (the `ticket` of `welcome`), per HOST address and
 * door, not per room id: a reload, a start-over after a refused edit, the room's address opened
 * again in this browser, or the same project's room closed and opened again (a new room id)
 * resumes it, so the HOST gives the same person back, with their own dots and private cards (it
 * keeps a hash of the secrets it handed out with the project). A room that does not know the
 * secret (another project's) just hands out a new one, which then replaces it here. Kept beside
 * the room identity (localStorage, room-identity.ts): the HOST binds a person id to the first
 * ticket that claims it, so a tab that had lost the secret would no longer be that person. It is
 * sent only in the sealed `join`, never in a URL.
 */
export const ticketKey = (host: string, door: string): string => `tablee:ticket:${host}/${door}`;

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
