/** English words of the workshop day: the shared timer. */
export const dayEn = {
  day: {
    timer: {
      left: 'Time left',
      paused: 'paused',
      done: 'Time is up',
    },
  },
};
