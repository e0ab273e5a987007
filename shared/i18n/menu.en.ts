/**
 * Words of the desktop menu and of the native dialogs. The main process chooses them from the
 * system's language; the board's actions in the menu take their names from `actions.labels`.
 */
export const menuEn = {
  file: 'File',
  newProject: 'New…',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent projects',
  saveAs: 'Save As…',
  exportTitle: 'Export to',
  quit: 'Quit',
  edit: 'Edit',
  view: 'View',
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
