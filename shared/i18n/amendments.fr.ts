import type { amendmentsEn } from './amendments.en';
import type { Widen } from './widen';

/** Mots français des amendements : changements proposés au texte d'une proposition, acceptés ou refusés. */
export const amendmentsFr: Widen<typeof amendmentsEn> = {
  amend: {
    suggest: 'Proposer une modification',
    suggestInsert: 'Proposer un ajout',
    suggestHint: 'Sélectionnez des mots pour les remplacer ou les supprimer, ou placez le curseur pour insérer',
    insertAt: 'Insérer après « {{before}} »',
    replaceWhat: 'Changer « {{original}} » en',
    newText: 'Nouveaux mots (laisser vide pour supprimer)',
    insertText: 'Mots à insérer',
    submit: 'Proposer',
    cancel: 'Annuler',
    open_one: '{{count}} modification proposée',
    open_other: '{{count}} modifications proposées',
    by: 'par {{name}}',
    someone: 'quelqu’un',
    accept: 'Accepter',
    withdraw: 'Retirer',
    reject: 'Refuser',
    insert: 'insérer « {{text}} »',
    delete: 'supprimer « {{original}} »',
    replace: '« {{original}} » → « {{text}} »',
    history_one: 'Historique : {{count}} modification décidée',
    history_other: 'Historique : {{count}} modifications décidées',
    accepted: 'acceptée',
    rejected: 'refusée',
    gone: 'Les mots visés par cette modification ne sont plus dans le texte.',
    empty: 'Rien à proposer : sélectionnez des mots ou tapez-en de nouveaux.',
    badge_one: '{{count}} modification à décider',
    badge_other: '{{count}} modifications à décider',
  },
};
