import type { Widen } from './widen';
import type { errorsEn } from './errors.en';

/** Mots français pour les refus de l’hôte et du lien avec lui, dits pour les gens. */
export const errorsFr: Widen<typeof errorsEn> = {
  /** The HOST's refusals the project forms word themselves (its code, before the colon of its message). */
  hostErrors: {
    exists: 'un fichier existe déjà à cet endroit\u00a0; choisissez un autre nom.',
    unsaved: 'le projet ouvert n’a pas pu être enregistré\u00a0: il reste ouvert ({{detail}}).',
    'write-failed': 'le fichier n’a pas pu être écrit ({{detail}}).',
    'not-a-backup': 'ce n’est pas une sauvegarde du projet ouvert.',
    'not-found': 'il n’y a rien à cet endroit ({{detail}}).',
    'is-directory': 'c’est un dossier, pas un fichier.',
    'no-project': 'aucun projet n’est ouvert.',
    'not-absolute': 'donnez le chemin complet, qui commence par / (ou C:\\ sous Windows).',
  },
  bridgeErrors: {
    disconnected: 'l’hôte Tablée est injoignable pour le moment\u00a0; Tablée continue d’essayer de se reconnecter.',
    timeout: 'l’hôte Tablée n’a pas répondu à temps.',
    'bad-reply': 'l’hôte Tablée a envoyé une réponse illisible.',
    'missing-host': 'cette fenêtre n’est reliée à aucun hôte Tablée.',
  },
};
