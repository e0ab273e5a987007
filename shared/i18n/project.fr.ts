import type { Widen } from './widen';
import type { projectEn } from './project.en';

/** Mots français pour le panneau Projet et les modèles de nouveau projet. */
export const projectFr: Widen<typeof projectEn> = {
  project: {
    title: 'Projet',
    close: 'Fermer',
    current: 'Projet ouvert',
    recent: 'Projets récents',
    noRecent: 'Pas encore de projet récent.',
    openNow: 'ouvert en ce moment',
    openTitle: 'Ouvrir un projet',
    createTitle: 'Créer un projet',
    saveAsTitle: 'Enregistrer une copie sous…',
    saveAsHint: 'Le tableau est enregistré dans ce nouveau fichier, qui devient le projet ouvert.',
    path: 'Chemin du fichier sur l’ordinateur hôte',
    pathPlaceholder: '/home/moi/residence.tablee',
    projectTitle: 'Titre',
    projectTitlePlaceholder: 'Résidence dans la vallée, printemps',
    open: 'Ouvrir',
    create: 'Créer',
    saveAs: 'Enregistrer sous',
    backups: 'Sauvegardes',
    backupsHint:
      'Tablée garde des copies de ce projet au fil du travail. Restaurer ouvre une copie à côté de l’original.',
    loadBackups: 'Afficher les sauvegardes',
    noBackups: 'Pas encore de sauvegarde de ce projet.',
    restore: 'Restaurer',
    backupLine: '{{date}} · {{size}}',
    working: 'En cours…',
    failed: 'Cela n’a pas marché\u00a0: {{reason}}',
    pathRequired: 'Saisissez d’abord le chemin d’un fichier.',
    pathNotAbsolute: 'Donnez le chemin complet, qui commence par / (ou C:\\ sous Windows).',
  },
  residency: {
    template: {
      label: 'Commencer ce projet avec :',
      name: { residency: 'Résidence', restitution: 'Restitution', empty: 'Un tableau vide' },
      hint: {
        residency: 'Quatre zones : immersion, thèmes, propositions, expérimentations',
        restitution: 'Opportunités, points de vigilance, enjeux, pistes à investiguer',
        empty: 'Rien : partir d’un tableau vierge',
      },
      areas: {
        immersion: '1 · Immersion : citations et observations',
        themes: '2 · Thèmes',
        proposals: '3 · Propositions',
        experiments: '4 · Expérimentations',
        opportunities: 'Opportunités',
        vigilance: 'Points de vigilance',
        stakes: 'Enjeux',
        investigate: 'À investiguer',
      },
    },
  },
};
