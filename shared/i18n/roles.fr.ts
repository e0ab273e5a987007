import type { rolesEn } from './roles.en';
import type { Widen } from './widen';

/** Les mots des rôles de la salle et des verrous, en français. */
export const rolesFr: Widen<typeof rolesEn> = {
  roles: {
    role: {
      facilitator: 'Animation',
      'co-facilitator': 'Co-animation',
      participant: 'Participant·e',
    },
    lock: {
      refused: 'Verrouillé par l’équipe d’animation',
      undone: 'Votre dernière modification a été annulée : elle touchait un élément verrouillé par l’équipe d’animation.',
      button: 'Verrouiller',
      unlockButton: 'Déverrouiller',
    },
    panel: {
      people: 'Accès : qui est entré, et à quel titre',
      facilitatorPassword: 'Mot de passe de l’équipe d’animation',
      facilitatorPasswordHint:
        'Une personne de l’équipe se connecte avec ce mot de passe depuis un autre ordinateur et reçoit alors tout, y compris le matériau de recherche : entretiens, transcriptions, notes et tous les pseudonymes. Ne le donnez qu’à l’équipe de la résidence. Il change à chaque ouverture de la salle.',
      copy: 'Copier',
      copied: 'Copié',
      copyFailed: 'Copie impossible : sélectionnez le mot de passe et copiez-le à la main.',
      endAccess: 'Retirer l’accès',
      endAccessHint: 'Déconnecte cette personne et change le mot de passe de l’équipe d’animation.',
      refusals: 'Modifications refusées par l’hôte',
      noRefusals: 'Aucune pour l’instant.',
      refusal: '{{time}} — {{name}} ({{role}}) : {{reason}}',
    },
    join: {
      facilitator: 'Je fais partie de l’équipe d’animation',
      facilitatorPassword: 'Mot de passe de l’équipe d’animation',
      facilitatorHint: 'Le mot de passe propre à l’équipe, affiché dans son panneau de la salle : vous recevez aussi le matériau de recherche. Laissez vide pour entrer comme participant·e.',
    },
  },
};
