/** Mots français de la journée d'atelier : le minuteur partagé et le programme. */
export const dayFr = {
  day: {
    timer: {
      left: 'Temps restant',
      paused: 'en pause',
      done: 'Temps écoulé',
    },
    agenda: {
      until: 'jusqu’à {{time}}',
      broughtTo: 'Vue amenée sur « {{title}} »',
      backToMine: 'Revenir où j’étais',
      dismiss: 'Fermer',
    },
  },
};
