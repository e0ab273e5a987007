import { createStore } from '../../store';

/**
 * Whom this page follows, or null: the person (their user.id, what workshop().following says) and
 * the page of theirs that was clicked (its presence client id): a presence that merely claims their
 * id is never followed instead. The people list sets it; the board's Follow (Follow.tsx) moves the
 * view and sets it back to null when following ends. One board per page.
 */
export interface FollowTarget {
  person: string;
  clientId: number;
}

export const followTarget = createStore<FollowTarget | null>(null);

export const followPerson = (target: FollowTarget | null): void => followTarget.set(target);
