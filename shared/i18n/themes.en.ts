/** English words of themes, tags and the residency bar. */
export const themesEn = {
  residency: {
    mark: { none: 'Theme', confirmation: 'Confirmation', nugget: 'Nugget' },
    tidy: 'Tidy the theme’s cards in a grid',
    markLabel: 'Kind of theme',
    counts: '{{quotes}} q. · {{interviews}} int. · {{profiles}} prof.',
    // A theme's counts, each number with its noun (themeCountsLine puts them in export.report.counts).
    countQuotes_one: '{{count}} quote',
    countQuotes_other: '{{count}} quotes',
    countInterviews_one: '{{count}} interview',
    countInterviews_other: '{{count}} interviews',
    countProfiles_one: '{{count}} distinct profile',
    countProfiles_other: '{{count}} distinct profiles',
    oneVoice: 'one voice',
    open: {
      links: 'All links',
      interviews: 'Interviews',
      proposal: 'New proposal',
      experiment: 'New experiment',
      search: 'Search',
    },
    tags: {
      label: 'Theme and tags of the selection',
      new: 'New tag…',
      groupLabel: 'List',
      group: { field: 'actor’s field', pattern: 'place pattern', other: 'other' },
    },
  },
};
