import type { Widen } from './widen';
import type { placementEn } from './placement.en';

/** Mots français de l’endroit où arrive ce qui est créé (la zone « À trier » des citations placées depuis les entretiens). */
export const placementFr: Widen<typeof placementEn> = {
  residency: {
    unsorted: {
      heading: 'À trier · citations placées depuis les entretiens',
      placed: 'Citation placée dans la zone « À trier » du tableau : glissez-la dans un thème quand elle en relève.',
    },
  },
};
