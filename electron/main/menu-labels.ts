/**
 * Words of the native menu and dialogs. The renderer has its own i18n; the main process only
 * needs these few, chosen from the OS locale (`app.getLocale()`).
 */
const en = {
  file: 'File',
  newProject: 'New…',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent projects',
  saveAs: 'Save As…',
  showBackups: 'Show Backups…',
  exportBoard: 'Export…',
  exportTitle: 'Export to',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  zoomFit: 'Zoom to Fit',
  zoomReset: 'Actual Size',
  toggleDevTools: 'Toggle Developer Tools',
  help: 'Help',
  about: 'About Tablée',
  fileFilter: 'Tablée project',
  newTitle: 'New residency',
  openTitle: 'Open a residency',
  saveAsTitle: 'Save the residency as',
  defaultName: 'Residency',
  actionFailed: 'Tablée could not do this',
};

export type MenuLabels = typeof en;

const fr: MenuLabels = {
  file: 'Fichier',
  newProject: 'Nouveau…',
  open: 'Ouvrir…',
  openRecent: 'Ouvrir un projet récent',
  noRecent: 'Aucun projet récent',
  saveAs: 'Enregistrer sous…',
  showBackups: 'Afficher les sauvegardes…',
  exportBoard: 'Exporter…',
  exportTitle: 'Exporter vers',
  quit: 'Quitter',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  view: 'Affichage',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomFit: 'Ajuster à la fenêtre',
  zoomReset: 'Taille réelle',
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

/** French for any `fr*` locale (fr, fr-FR, fr-CA…), English otherwise. */
export function menuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('fr') ? fr : en;
}
