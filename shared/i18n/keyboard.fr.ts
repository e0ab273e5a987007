import type { keyboardEn } from './keyboard.en';
import type { Widen } from './widen';

/** Mots français du clavier et des lecteurs d’écran. */
export const keyboardFr: Widen<typeof keyboardEn> = {
  reader: {
    layer: 'Cartes proches de la vue',
    kind: { note: 'Note', frame: 'Thème', text: 'Texte', quote: 'Citation', proposal: 'Proposition', experiment: 'Expérimentation', image: 'Image' },
    untitled: 'sans titre',
    inTheme: 'dans le thème {{theme}}',
    outsideThemes: 'hors des thèmes',
    card: '{{kind}}, {{where}} : {{text}}',
    cardEmpty: '{{kind}}, {{where}}, vide',
    selected_one: '{{count}} carte sélectionnée',
    selected_other: '{{count}} cartes sélectionnées',
    nothingSelected: 'Rien de sélectionné',
    timerLastMinute: 'Plus qu’une minute au minuteur',
    voteRevealed: 'Les résultats du vote sont affichés',
    gathered: 'Une animatrice a amené tout le monde à sa vue',
    moved: 'Déplacé dans {{theme}}',
    linked: 'Lié à {{proposal}}',
    arranged: 'Cartes rangées en grille',
  },
  cardPick: {
    themeTitle: 'Déplacer vers un thème',
    proposalTitle: 'Lier à une proposition',
    search: 'Rechercher',
    none: 'Aucun résultat',
    close: 'Fermer',
  },
};
