import type { DecisionStatus, ItemRecord } from '../board/records';

/**
 * Filters typed in the search bar as `name:value` ("status:retenue"), beside the words searched.
 * Each filter is declared once below: its names (French and English, folded: no accents, lower
 * case), and what each value keeps. A filter's names and values are folded like the words, so
 * "Statut:À-creuser" is "statut:a-creuser".
 */
export interface SearchFilter {
  names: readonly string[];
  /** What a value keeps, or null when the filter has no such value. */
  keeps(value: string): ((item: ItemRecord) => boolean) | null;
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

/**
 * Every filter of the search bar. Votes on proposals are to come: their filter (`votes:` — the
 * proposals with at least so many votes) is declared here, next to `status`, once proposals
 * carry votes.
 */
export const SEARCH_FILTERS: readonly SearchFilter[] = [statusFilter];
