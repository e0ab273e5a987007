import type { Widen } from './widen';
import type { searchEn } from './search.en';

/** Mots français pour la barre de recherche. */
export const searchFr: Widen<typeof searchEn> = {
  residency: {
    search: {
      label: 'Rechercher dans le tableau',
      placeholder: 'Chercher dans les post-it, citations, entretiens, propositions…',
      results_one: '{{count}} résultat',
      results_other: '{{count}} résultats',
      noResult: 'Aucun résultat',
      next: 'Résultat suivant (Entrée)',
      previous: 'Résultat précédent (Maj+Entrée)',
      close: 'Fermer la recherche (Échap)',
      interviews_one: '{{count}} entretien',
      interviews_other: '{{count}} entretiens',
    },
  },
};
