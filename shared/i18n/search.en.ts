/** English words of the search bar. */
export const searchEn = {
  residency: {
    search: {
      label: 'Search the board',
      placeholder: 'Search notes, quotes, interviews, proposals…',
      results_one: '{{count}} match',
      results_other: '{{count}} matches',
      noResult: 'No match',
      next: 'Next match (Enter)',
      previous: 'Previous match (Shift+Enter)',
      close: 'Close the search (Escape)',
      interviews_one: '{{count}} interview',
      interviews_other: '{{count}} interviews',
    },
  },
};
