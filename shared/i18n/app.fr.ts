import type { Widen } from './widen';
import type { appEn } from './app.en';

/** Mots français pour le cadre de l’application : démarrage, chargement, enregistrement, échecs, avis d’ouverture, messages, langue. */
export const appFr: Widen<typeof appEn> = {
  app: {
    name: 'Tablée',
    loading: 'Ouverture du tableau…',
    connecting: 'Connexion à l’hôte Tablée…',
    hostUnreachable: 'Impossible de joindre l’hôte Tablée.',
    hostUnreachableDetail:
      'Vérifiez que Tablée tourne toujours sur l’ordinateur hôte et que vous êtes sur le même réseau. Tablée continue d’essayer de se reconnecter.',
    retry: 'Réessayer',
    boardUnreadable: 'Le tableau envoyé par l’hôte est illisible\u00a0: {{detail}}',
    untitledProject: 'Projet sans titre',
    fatal: 'Tablée n’a pas pu démarrer\u00a0: {{reason}}',
    crashed: 'Un problème est survenu à l’affichage du tableau.',
    crashedDetail: 'Votre travail est conservé par l’hôte jusqu’à votre dernière modification. Recharger la fenêtre règle généralement le problème.',
    reload: 'Recharger',
  },
  save: {
    saved: 'Enregistré',
    savedAt: 'Enregistré à {{time}}',
    saving: 'Enregistrement…',
    error: 'Non enregistré\u00a0: {{reason}}',
    offline: 'Hôte injoignable\u00a0: vos modifications sont gardées ici et partiront dès son retour',
    backupFailed: 'Sauvegardes de secours arrêtées\u00a0: le dossier de données est plein ou en lecture seule (votre projet est toujours enregistré)',
    backupMisses: 'La dernière sauvegarde de secours ne contient pas le projet tel qu’il était enregistré\u00a0: ne comptez pas sur elle (votre projet lui-même est intact)',
    errors: {
      'disk-full': 'le disque est plein. Libérez de la place\u00a0; Tablée réessaie.',
      'read-only': 'le fichier ou son dossier est en lecture seule. Utilisez «\u00a0Enregistrer sous\u00a0» pour l’enregistrer ailleurs.',
      'write-failed': 'le fichier n’a pas pu être écrit.',
    },
  },
  failure: {
    title: 'Impossible d’ouvrir ce projet',
    file: 'Fichier',
    why: 'Ce qui ne va pas',
    detail: 'Détail technique',
    nothingChanged: 'Tablée n’a pas modifié ce fichier.',
    restore: 'Ouvrir la dernière sauvegarde valide ({{date}})',
    restoreHint: 'Une copie de la sauvegarde s’ouvre à côté de l’original\u00a0; le fichier d’origine reste tel quel.',
    noBackup: 'Aucune sauvegarde lisible de ce fichier n’a été trouvée.',
    restoring: 'Ouverture de la sauvegarde…',
    codes: {
      empty: 'Le fichier est vide.',
      'not-json':
        'Le fichier est abîmé\u00a0: ce ne sont pas des données de projet lisibles (peut-être a-t-il été tronqué pendant une copie).',
      'not-tablee': 'Ce fichier n’est pas un projet Tablée.',
      'format-too-new': 'Ce projet a été enregistré par une version plus récente de Tablée. Mettez Tablée à jour pour l’ouvrir.',
      'schema-too-new': 'Ce tableau a été créé avec une version plus récente de Tablée. Mettez Tablée à jour pour l’ouvrir.',
      'bad-header': 'Le fichier ressemble à un projet Tablée, mais son en-tête est abîmé.',
      'corrupt-state': 'Les données du tableau sont abîmées dans ce fichier, et sa copie lisible aussi.',
      'not-found': 'Il n’y a pas de fichier à cet emplacement. Il a peut-être été déplacé, renommé ou supprimé.',
      'is-directory': 'C’est un dossier, pas un fichier de projet.',
      unreadable: 'Le fichier ne peut pas être lu (vérifiez ses droits d’accès).',
      'not-a-file': 'Ce n’est pas un fichier mais un périphérique ou un tube\u00a0: choisissez un fichier de projet.',
      'in-use': 'Ce projet est déjà ouvert dans un autre Tablée sur cet ordinateur\u00a0: fermez-le d’abord là-bas.',
      'data-folder-unwritable': 'Le dossier de données de Tablée ne peut pas être écrit (disque plein ou dossier en lecture seule)\u00a0: la résidence exemple n’a pas pu y être copiée. Ouvrez ou créez un projet ailleurs.',
      'too-large': 'Le fichier est trop volumineux pour être un projet Tablée.',
      exists: 'Un fichier existe déjà à cet emplacement.',
    },
  },
  start: {
    title: 'Aucun projet ouvert',
    intro: 'Ouvrez un projet de résidence existant ou créez-en un nouveau.',
  },
  notice: {
    title: 'Ce projet a été vérifié à l’ouverture',
    dismiss: 'Fermer',
    details: 'Détails',
    migrated: 'Il a été mis à niveau depuis une version plus ancienne de Tablée ({{steps}}).',
    dropped_one: '{{count}} élément illisible a été retiré.',
    dropped_other: '{{count}} éléments illisibles ont été retirés.',
    fixed_one: '{{count}} élément a été corrigé.',
    fixed_other: '{{count}} éléments ont été corrigés.',
    'snapshot-differs':
      'La copie lisible enregistrée dans le fichier ne correspondait pas au tableau\u00a0; ce sont les données du tableau qui ont été utilisées.',
    'rebuilt-from-snapshot':
      'Les données du tableau étaient abîmées\u00a0: le tableau a été reconstruit à partir de la copie lisible du fichier. Vérifiez que rien ne manque.',
    issue: '{{id}}\u00a0: {{reason}}',
  },
  toast: {
    pasteTooLong:
      'Ce texte est trop long pour devenir un post-it ({{length}} caractères, la limite est de {{max}}). Rien n’a été collé.',
    pasteTooLongHere: 'Ce texte est trop long pour ce champ ({{length}} caractères, la limite est de {{max}}). Rien n’a été collé.',
    dismiss: 'Fermer',
    opened: '{{title}} est ouvert',
    saveAsDone: 'Enregistré sous {{path}}',
    pushFailed: 'Les modifications n’ont pas pu être envoyées à l’hôte\u00a0: {{reason}}',
  },
  language: {
    label: 'Langue',
    fr: 'FR',
    en: 'EN',
    frName: 'Français',
    enName: 'English',
  },
};
