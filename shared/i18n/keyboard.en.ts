/** English words of keyboard use and screen readers: the cards' names, what the live region says, the non-drag dialogs. */
export const keyboardEn = {
  reader: {
    layer: 'Cards near the view',
    kind: { note: 'Note', frame: 'Theme', text: 'Text', quote: 'Quote', proposal: 'Proposal', experiment: 'Experiment', image: 'Picture' },
    untitled: 'untitled',
    inTheme: 'in theme {{theme}}',
    outsideThemes: 'outside the themes',
    // The card reached with the keyboard: its kind, its theme, its text.
    card: '{{kind}}, {{where}}: {{text}}',
    cardEmpty: '{{kind}}, {{where}}, empty',
    selected_one: '{{count}} card selected',
    selected_other: '{{count}} cards selected',
    nothingSelected: 'Nothing selected',
    timerLastMinute: 'One minute left on the timer',
    voteRevealed: 'The vote’s results are shown',
    gathered: 'A facilitator brought everyone to their view',
    moved: 'Moved into {{theme}}',
    linked: 'Linked to {{proposal}}',
    arranged: 'Cards arranged in a grid',
  },
  cardPick: {
    themeTitle: 'Move to theme',
    proposalTitle: 'Link to proposal',
    search: 'Search',
    none: 'Nothing matches',
    close: 'Close',
  },
};
