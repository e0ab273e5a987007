import type { decisionsEn } from './decisions.en';
import type { Widen } from './widen';

/** Mots français des décisions sur les propositions (panneau, pastille de la carte, recherche, rapport). */
export const decisionsFr: Widen<typeof decisionsEn> = {
  decisions: {
    status: { retained: 'Retenue', 'dig-deeper': 'À creuser', dropped: 'Écartée' },
    heading: 'Décision',
    undecided: 'Pas encore décidée',
    reason: 'Pourquoi',
    reasonPlaceholder: 'Ce sur quoi repose la décision',
    decidedBy: 'Décidée le {{date}} par {{name}}',
    decidedOn: 'Décidée le {{date}}',
    someone: 'quelqu’un',
    createExperiment: 'Créer une expérimentation à partir de cette proposition',
    experimentCreated: 'Expérimentation créée à côté de la proposition.',
    facilitatorsOnly: 'Décidée par l’équipe d’animation.',
    refusedDelete: 'Une proposition décidée ne peut être supprimée que par l’équipe d’animation',
    searchHelp: 'Filtres : statut:retenue, statut:à-creuser, statut:écartée, statut:non-décidée ; votes:3 (au moins 3 gommettes dans un vote dévoilé), votes:0 (aucune)',
    unknownFilter: 'Filtre inconnu : {{filter}}',
  },
  export: {
    report: {
      decided: {
        retained: 'Propositions retenues',
        'dig-deeper': 'À creuser',
        dropped: 'Propositions écartées',
        undecided: 'Pas encore décidées',
      },
      reason: 'Pourquoi',
      experimentsFrom: 'Expérimentations qui en sont nées',
    },
  },
};
