import { createStore } from '../../store';

/**
 * Whom this page follows (a person's user.id), or null. The people list sets it; the board's
 * Follow (Follow.tsx) moves the view and sets it back to null when following ends. One board per page.
 */
export const followTarget = createStore<string | null>(null);

export const followPerson = (person: string | null): void => followTarget.set(person);
