import type { Widen } from './widen';
import type { themesEn } from './themes.en';

/** Mots français pour thèmes, étiquettes et la barre de la résidence. */
export const themesFr: Widen<typeof themesEn> = {
  residency: {
    mark: { none: 'Thème', confirmation: 'Confirmation', nugget: 'Pépite' },
    tidy: 'Ranger les cartes du thème en grille',
    markLabel: 'Nature du thème',
    counts: '{{quotes}} cit. · {{interviews}} entr. · {{profiles}} prof.',
    // Les nombres d’un thème, chacun avec son nom (themeCountsLine les met dans export.report.counts).
    countQuotes_one: '{{count}} citation issue',
    countQuotes_other: '{{count}} citations issues',
    countInterviews_one: '{{count}} entretien',
    countInterviews_other: '{{count}} entretiens',
    countProfiles_one: '{{count}} profil distinct',
    countProfiles_other: '{{count}} profils distincts',
    oneVoice: 'une seule voix',
    open: {
      links: 'Tous les liens',
      interviews: 'Entretiens',
      proposal: 'Nouvelle proposition',
      experiment: 'Nouvelle expérimentation',
      search: 'Rechercher',
    },
    tags: {
      label: 'Thème et étiquettes de la sélection',
      new: 'Nouvelle étiquette…',
      groupLabel: 'Liste',
      group: { field: 'champ d’acteur', pattern: 'type de lieu', other: 'autre' },
    },
  },
};
