import { actionsEn } from './actions.en';
import { amendmentsEn } from './amendments.en';
import { appEn } from './app.en';
import { boardEn } from './board.en';
import { displayEn } from './display.en';
import { dayEn } from './day.en';
import { decisionsEn } from './decisions.en';
import { dayVoteEn } from './day-vote.en';
import { errorsEn } from './errors.en';
import { exportEn } from './export.en';
import { exportUiEn } from './export-ui.en';
import { imagesEn } from './images.en';
import { interviewsEn } from './interviews.en';
import { mergeDictionaries } from './merge';
import { menuEn } from './menu.en';
import { projectEn } from './project.en';
import { proposalsEn } from './proposals.en';
import { roomEn } from './room.en';
import { roomPeopleEn } from './room-people.en';
import { rolesEn } from './roles.en';
import { searchEn } from './search.en';
import { themesEn } from './themes.en';
import { keyboardEn } from './keyboard.en';
import { placementEn } from './placement.en';
import { versionsEn } from './versions.en';
import type { Widen } from './widen';

/**
 * The English dictionary, merged from one file per feature (`<feature>.en.ts`, its French twin
 * `<feature>.fr.ts`). Adding a feature's words is one file pair, listed here and in fr.ts.
 * Interpolations use {{name}}; plurals use i18next's _one/_other suffixes.
 */
export const en = mergeDictionaries(
  appEn,
  boardEn,
  projectEn,
  errorsEn,
  roomEn,
  { people: roomPeopleEn },
  rolesEn,
  dayEn,
  dayVoteEn,
  interviewsEn,
  proposalsEn,
  decisionsEn,
  amendmentsEn,
  themesEn,
  searchEn,
  imagesEn,
  { export: exportEn, exportUi: exportUiEn },
  { actions: actionsEn },
  { menu: menuEn },
  displayEn,
  keyboardEn,
  placementEn,
  versionsEn,
);

/** The shape every language must fill: the same keys as English, any wording. */
export type Messages = Widen<typeof en>;
