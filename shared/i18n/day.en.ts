/** English words of the workshop day: the shared timer, following and gathering, and the agenda. */
export const dayEn = {
  day: {
    timer: {
      left: 'Time left',
      paused: 'paused',
      done: 'Time is up',
    },
    follow: {
      follow: 'Follow {{name}}’s view',
      following: 'Following {{name}}',
      stop: 'Stop',
      ended: {
        left: '{{name}} left: you no longer follow anyone.',
        loop: '{{name}} follows you (directly or through others): following them would go round in circles.',
      },
      gathered: '{{name}} brought everyone here',
      backToMine: 'Back to my view (Esc)',
      dismiss: 'Dismiss',
    },
    agenda: {
      until: 'until {{time}}',
      broughtTo: 'Brought to “{{title}}”',
      backToMine: 'Back to where I was',
      dismiss: 'Dismiss',
      open: 'Agenda',
      panel: {
        title: 'The day’s agenda',
        empty: 'No step yet.',
        start: 'Start (HH:MM)',
        minutes: 'Minutes',
        stepTitle: 'Title',
        instructions: 'Instructions',
        frames: 'Frames where it happens',
        makeCurrent: 'Make current',
        up: 'Move up',
        down: 'Move down',
        delete: 'Delete the step',
        add: 'Add a step',
        newStep: 'New step',
      },
      workshop: {
        meet: { title: 'Getting to know each other', instructions: 'Everyone says who they are and what brings them here.' },
        paths: { title: 'Where our paths cross', instructions: 'Read the quotes and themes; add what speaks to you.' },
        lunch: { title: 'Around a good table (lunch)', instructions: 'Lunch together.' },
        action: { title: 'In action: we dig into a challenge, get tooled up, produce', instructions: 'In small groups, pick a proposal and build an experiment.' },
        share: { title: 'Our turn: we share what we made', instructions: 'Each group presents its experiment in five minutes.' },
        close: { title: 'Closing snack', instructions: 'A word each to close the day.' },
      },
    },
  },
};
