/** English words of the decisions on proposals (the panel, the card's badge, the search, the report). */
export const decisionsEn = {
  decisions: {
    status: { retained: 'Retained', 'dig-deeper': 'Dig deeper', dropped: 'Dropped' },
    heading: 'Decision',
    undecided: 'Not decided',
    reason: 'Why',
    reasonPlaceholder: 'What the decision rests on',
    decidedBy: 'Decided on {{date}} by {{name}}',
    decidedOn: 'Decided on {{date}}',
    someone: 'someone',
    createExperiment: 'Create an experiment from this proposal',
    experimentCreated: 'Experiment created next to the proposal.',
    facilitatorsOnly: 'Decided by the facilitators.',
    refusedDelete: 'A decided proposal is the facilitators’ to delete',
    // The search bar's filters: "status:retained" and its French twins.
    searchHelp: 'Filters: status:retained, status:dig-deeper, status:dropped, status:undecided; votes:3 (at least 3 dots in a revealed vote), votes:0 (none)',
    unknownFilter: 'Unknown filter: {{filter}}',
  },
  export: {
    report: {
      decided: {
        retained: 'Retained proposals',
        'dig-deeper': 'To dig deeper',
        dropped: 'Dropped proposals',
        undecided: 'Not decided yet',
      },
      reason: 'Why',
      experimentsFrom: 'Experiments created from it',
    },
  },
};
