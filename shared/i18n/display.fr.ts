import type { displayEn } from './display.en';
import type { Widen } from './widen';

/** Mots français des réglages d’affichage et nom accessible du tableau. */
export const displayFr: Widen<typeof displayEn> = {
  display: {
    largeText: 'A+ grands caractères',
    largeTextHint: 'Texte plus grand pour un tableau projeté (retenu sur cet ordinateur)',
    boardLabel: 'Tableau',
  },
};
