import type { Widen } from './widen';
import type { boardEn } from './board.en';

/** Mots français pour le tableau et ses outils. */
export const boardFr: Widen<typeof boardEn> = {
  toolbar: {
    label: 'Outils du tableau',
    zoomBar: 'Zoom',
    zoomLevel: 'Zoom\u00a0: {{percent}}\u00a0%',
    colours: 'Couleur de la sélection',
    colour: 'Couleur\u00a0: {{name}}',
    project: 'Projet',
    projectHint: 'Ouvrir, créer ou enregistrer le projet\u00a0; sauvegardes',
    more: 'Plus',
    moreHint: 'Plus\u00a0: entretiens, propositions, expérimentations, recherche, liens',
  },
  colours: {
    yellow: 'jaune',
    orange: 'orange',
    pink: 'rose',
    violet: 'violet',
    blue: 'bleu',
    green: 'vert',
    grey: 'gris',
  },
  frame: {
    untitled: 'Cadre sans titre',
  },
  text: {
    placeholder: 'Texte',
  },
  editor: {
    textLabel: 'Texte de la carte',
    titleLabel: 'Titre du cadre',
    placeholder: 'Écrivez ici…',
  },
  board: {
    label: 'Tableau',
    empty: 'Le tableau est vide. Appuyez sur N ou double-cliquez pour ajouter un post-it.',
  },
};
