import type { Widen } from './widen';
import type { proposalsEn } from './proposals.en';

/** Mots français pour propositions et expérimentations. */
export const proposalsFr: Widen<typeof proposalsEn> = {
  residency: {
    status: { idea: 'idée', prototyping: 'prototypage', testing: 'en test', done: 'terminée', dropped: 'abandonnée' },
    untitledProposal: 'Proposition sans titre',
    untitledExperiment: 'Expérimentation sans titre',
    // Les liens d’une proposition : la ligne, puis chaque nombre avec son nom, accordé à son propre nombre (0 et 1 au singulier).
    proposalLinks: '{{quotes}} · {{themes}}',
    proposalCounts: {
      quotes_one: '{{count}} citation',
      quotes_other: '{{count}} citations',
      themes_one: '{{count}} thème',
      themes_other: '{{count}} thèmes',
    },
    proposal: {
      heading: 'Proposition',
      title: 'Titre',
      body: 'Texte de la proposition',
      quotes: 'Citations qui la fondent',
      themes: 'Thèmes',
      noLinks: 'Rien de lié pour l’instant.',
      linkQuote: 'Lier une citation…',
      linkTheme: 'Lier un thème…',
      linkSelected: 'Lier les citations sélectionnées sur le tableau',
      unlink: 'Délier',
      linked_one: '{{count}} lien ajouté.',
      linked_other: '{{count}} liens ajoutés.',
      trace: 'Remonter la trace',
      noThemes: 'Pas encore de cadre de thème (les zones comme Immersion ou Propositions ne sont pas des thèmes).',
    },
    picker: {
      search: 'Chercher dans les citations : mots, personne, lieu, thème',
      person: 'Personne',
      place: 'Lieu',
      theme: 'Thème',
      anyone: 'Tout le monde',
      anywhere: 'Tous les lieux',
      anyTheme: 'Tous les thèmes',
      count_one: '{{count}} citation — ↑ ↓ pour choisir, Entrée pour lier, Échap pour fermer',
      count_other: '{{count}} citations — ↑ ↓ pour choisir, Entrée pour lier, Échap pour fermer',
      quoted: '« {{text}} »',
    },
    experiment: {
      heading: 'Expérimentation',
      title: 'Titre',
      hypothesis: 'Hypothèse',
      place: 'Lieu d’accueil',
      partners: 'Partenaires',
      tested: 'Ce qui est testé',
      indicator: 'Comment on saura (indicateur)',
      startDate: 'Du',
      endDate: 'Au',
      status: 'Statut',
      proposal: 'Issue de la proposition',
      noProposal: '(aucune)',
      trace: 'Remonter la trace',
    },
  },
};
