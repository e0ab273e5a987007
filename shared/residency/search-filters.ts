import type { DecisionStatus, ItemRecord } from '../board/records';
import type { SearchData } from './search';

/**
 * Filters typed in the search bar as `name:value` ("status:retenue"), beside the words searched.
 * Each filter is declared once below: its names (French and English, folded: no accents, lower
 * case), and what each value keeps. A filter's names and values are folded like the words, so
 * "Statut:À-creuser" is "statut:a-creuser".
 */
export interface SearchFilter {
  names: readonly string[];
  /** What a value keeps (given the board's search data), or null when the filter has no such value. */
  keeps(value: string): ((item: ItemRecord, data: SearchData) => boolean) | null;
}

/** The decision words, French and English, folded; "undecided" keeps proposals with no decision. */
const STATUS_WORDS: Record<string, DecisionStatus | 'undecided'> = {
  retained: 'retained',
  retenue: 'retained',
  retenu: 'retained',
  'dig-deeper': 'dig-deeper',
  'a-creuser': 'dig-deeper',
  dropped: 'dropped',
  ecartee: 'dropped',
  ecarte: 'dropped',
  undecided: 'undecided',
  'non-decidee': 'undecided',
  'a-decider': 'undecided',
};

const statusFilter: SearchFilter = {
  names: ['status', 'statut'],
  keeps(value) {
    const status = STATUS_WORDS[value.replace(/_/g, '-')];
    if (!status) return null;
    return (item) => item.kind === 'proposal' && (item.decision?.status ?? 'undecided') === status;
  },
};

/** The most dots a card got in any revealed vote (shared/records/votes.ts); 0 when none. */
const MAX_DOTS_ASKED = 1_000_000;

/**
 * `votes:3` keeps the cards that got at least 3 dots in a revealed vote; `votes:0` the cards no
 * revealed vote gave a dot (what nobody picked). Before any reveal nothing has dots: counts are
 * never known earlier (the HOST keeps the ballots).
 */
const votesFilter: SearchFilter = {
  names: ['votes', 'vote', 'dots', 'gommettes'],
  keeps(value) {
    if (!/^\d{1,7}$/.test(value)) return null;
    const least = Number(value);
    if (least > MAX_DOTS_ASKED) return null;
    return (item, data) => {
      const dots = data.dots?.get(item.id) ?? 0;
      return least === 0 ? dots === 0 : dots >= least;
    };
  },
};

/** Every filter of the search bar. */
export const SEARCH_FILTERS: readonly SearchFilter[] = [statusFilter, votesFilter];
