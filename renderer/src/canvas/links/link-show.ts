import type { LinkShow } from './link-painter';

/**
 * Whether every link is shown or only the selection's, remembered for the session of this window
 * (kept across projects opened in it, forgotten when it closes): a facilitator who asked for all
 * links keeps them while going from board to board.
 */
const KEY = 'tablee.links.show';

export function storedLinkShow(): LinkShow {
  try {
    return sessionStorage.getItem(KEY) === 'all' ? 'all' : 'selection';
  } catch {
    // Storage refused (a locked-down browser): the default.
    return 'selection';
  }
}

export function storeLinkShow(show: LinkShow): void {
  try {
    sessionStorage.setItem(KEY, show);
  } catch {
    // Not remembered; the toggle still works for this board.
  }
}
