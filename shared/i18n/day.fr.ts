/** Mots français de la journée d'atelier : le minuteur partagé, suivre et rassembler, et le programme. */
export const dayFr = {
  day: {
    timer: {
      left: 'Temps restant',
      paused: 'en pause',
      done: 'Temps écoulé',
    },
    follow: {
      follow: 'Suivre la vue de {{name}}',
      following: 'Vous suivez {{name}}',
      stop: 'Arrêter',
      ended: {
        left: '{{name}} est parti·e : vous ne suivez plus personne.',
        loop: '{{name}} vous suit (directement ou par d’autres) : le suivre tournerait en rond.',
      },
      gathered: '{{name}} a amené tout le monde ici',
      backToMine: 'Revenir à ma vue (Échap)',
      dismiss: 'Fermer',
    },
    agenda: {
      until: 'jusqu’à {{time}}',
      broughtTo: 'Vue amenée sur « {{title}} »',
      backToMine: 'Revenir où j’étais',
      dismiss: 'Fermer',
      open: 'Programme',
      panel: {
        title: 'Le programme de la journée',
        empty: 'Aucune étape pour l’instant.',
        start: 'Début (HH:MM)',
        minutes: 'Minutes',
        stepTitle: 'Titre',
        instructions: 'Consignes',
        frames: 'Cadres où elle se passe',
        makeCurrent: 'En faire l’étape en cours',
        up: 'Monter',
        down: 'Descendre',
        delete: 'Supprimer l’étape',
        add: 'Ajouter une étape',
        newStep: 'Nouvelle étape',
      },
      workshop: {
        meet: { title: 'Faisons connaissance', instructions: 'Chacun dit qui il est et ce qui l’amène.' },
        paths: { title: 'Au croisement des chemins', instructions: 'Lisez les citations et les thèmes ; ajoutez ce qui vous parle.' },
        lunch: { title: 'Autour d’une belle tablée (déjeuner)', instructions: 'On déjeune ensemble.' },
        action: { title: 'En action : on creuse un défi, on s’outille, on produit', instructions: 'En petits groupes, choisissez une proposition et construisez une expérimentation.' },
        share: { title: 'À nous de jouer : on partage nos livrables', instructions: 'Chaque groupe présente son expérimentation en cinq minutes.' },
        close: { title: 'Goûter de clôture', instructions: 'Un mot chacun pour clore la journée.' },
      },
    },
  },
};
