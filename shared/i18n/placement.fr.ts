import type { Widen } from './widen';
import type { placementEn } from './placement.en';

/** Mots français de l’endroit où arrive ce qui est créé (la zone « À trier » des citations placées depuis les entretiens). */
export const placementFr: Widen<typeof placementEn> = {
  residency: {
    unsorted: {
      heading: 'Citations à trier',
      placed: 'Citation placée sous « Citations à trier » : glissez-la dans un thème quand elle en relève.',
    },
  },
};
