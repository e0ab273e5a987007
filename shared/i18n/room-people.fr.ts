import type { roomPeopleEn } from './room-people.en';

type Shape = { [K in keyof typeof roomPeopleEn]: string };

export const roomPeopleFr: Shape = {
  madeBy: 'Créé par {{made}}',
  madeAndChanged: 'Créé par {{made}} · modifié par {{changed}}',
  notRecorded: 'Créé avant que Tablée ne note qui fait quoi',
  authorFilter: 'Auteur·rice',
  everyone: 'Tout le monde',
  unnamed: 'Personne sans nom',
  myName: 'Votre nom sur le tableau',
  myNameHint: 'Visible des participant·es et sur les cartes que vous créez ou modifiez',
  undoLost_one: '{{count}} étape de votre historique d’annulation n’a pas pu être gardée après le rechargement (ce qu’elle rétablirait n’est plus dans le tableau).',
  undoLost_other: '{{count}} étapes de votre historique d’annulation n’ont pas pu être gardées après le rechargement (ce qu’elles rétabliraient n’est plus dans le tableau).',
  caretOf: '{{name}} écrit ici',
};
