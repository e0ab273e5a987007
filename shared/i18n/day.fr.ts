/** Mots français de la journée d'atelier : le minuteur partagé. */
export const dayFr = {
  day: {
    timer: {
      left: 'Temps restant',
      paused: 'en pause',
      done: 'Temps écoulé',
    },
  },
};
