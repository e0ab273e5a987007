/** English words of the workshop day: the shared timer and the agenda. */
export const dayEn = {
  day: {
    timer: {
      left: 'Time left',
      paused: 'paused',
      done: 'Time is up',
    },
    agenda: {
      until: 'until {{time}}',
      broughtTo: 'Brought to “{{title}}”',
      backToMine: 'Back to where I was',
      dismiss: 'Dismiss',
    },
  },
};
