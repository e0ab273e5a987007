import { actionsFr } from './actions.fr';
import { amendmentsFr } from './amendments.fr';
import { appFr } from './app.fr';
import { boardFr } from './board.fr';
import { displayFr } from './display.fr';
import { dayFr } from './day.fr';
import { decisionsFr } from './decisions.fr';
import { dayVoteFr } from './day-vote.fr';
import type { Messages } from './en';
import { errorsFr } from './errors.fr';
import { exportFr } from './export.fr';
import { exportUiFr } from './export-ui.fr';
import { imagesFr } from './images.fr';
import { interviewsFr } from './interviews.fr';
import { mergeDictionaries } from './merge';
import { menuFr } from './menu.fr';
import { projectFr } from './project.fr';
import { proposalsFr } from './proposals.fr';
import { roomFr } from './room.fr';
import { roomPeopleFr } from './room-people.fr';
import { rolesFr } from './roles.fr';
import { searchFr } from './search.fr';
import { themesFr } from './themes.fr';
import { keyboardFr } from './keyboard.fr';
import { placementFr } from './placement.fr';
import { versionsFr } from './versions.fr';

/** Le dictionnaire français, fusionné des fichiers de chaque fonction (les mêmes que en.ts). */
export const fr: Messages = mergeDictionaries(
  appFr,
  boardFr,
  projectFr,
  errorsFr,
  roomFr,
  { people: roomPeopleFr },
  rolesFr,
  dayFr,
  dayVoteFr,
  interviewsFr,
  proposalsFr,
  decisionsFr,
  amendmentsFr,
  themesFr,
  searchFr,
  imagesFr,
  { export: exportFr, exportUi: exportUiFr },
  { actions: actionsFr },
  { menu: menuFr },
  displayFr,
  keyboardFr,
  placementFr,
  versionsFr,
);
