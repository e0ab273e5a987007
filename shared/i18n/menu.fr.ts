import type { Widen } from './widen';
import type { menuEn } from './menu.en';

/** Mots du menu de l’application et des boîtes de dialogue du système. */
export const menuFr: Widen<typeof menuEn> = {
  file: 'Fichier',
  newProject: 'Nouveau…',
  open: 'Ouvrir…',
  openRecent: 'Ouvrir un projet récent',
  noRecent: 'Aucun projet récent',
  saveAs: 'Enregistrer sous…',
  exportTitle: 'Exporter vers',
  quit: 'Quitter',
  edit: 'Édition',
  view: 'Affichage',
  toggleDevTools: 'Afficher les outils de développement',
  help: 'Aide',
  about: 'À propos de Tablée',
  fileFilter: 'Projet Tablée',
  newTitle: 'Nouvelle résidence',
  openTitle: 'Ouvrir une résidence',
  saveAsTitle: 'Enregistrer la résidence sous',
  defaultName: 'Résidence',
  actionFailed: 'Tablée n’a pas pu faire cela',
};
