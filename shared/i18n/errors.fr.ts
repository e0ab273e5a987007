import type { Widen } from './widen';
import type { errorsEn } from './errors.en';

/** Mots français pour les refus de l’hôte et du lien avec lui, dits pour les gens. */
export const errorsFr: Widen<typeof errorsEn> = {
  /** Every way a host call can fail, by its code (HOST_ERROR_CODES); {{detail}} is the host's technical detail. */
  hostErrors: {
    'unknown-method': 'l’hôte Tablée ne connaît pas cette demande ({{detail}})\u00a0; les deux ont-ils la même version de Tablée\u00a0?',
    'bad-argument': 'la demande a été refusée\u00a0: elle est mal formée ({{detail}}).',
    'not-absolute': 'donnez le chemin complet, qui commence par / (ou C:\\ sous Windows).',
    'host-machine-only': 'cela ne se fait que sur l’ordinateur où tourne l’hôte Tablée.',
    'room-locked': 'les autres ordinateurs n’accèdent à ce projet que par sa salle\u00a0: rejoignez la salle pour y travailler.',
    'bad-frame': 'l’hôte Tablée n’a pas pu lire la demande ({{detail}}).',
    exists: 'un fichier existe déjà à cet endroit\u00a0; choisissez un autre nom.',
    'not-found': 'il n’y a rien à cet endroit ({{detail}}).',
    'is-directory': 'c’est un dossier, pas un fichier.',
    'is-project': 'c’est le fichier du projet ouvert\u00a0; choisissez un autre nom.',
    'read-only': 'impossible d’écrire à cet endroit (lecture seule).',
    'disk-full': 'le disque est plein\u00a0: rien n’a été écrit.',
    'write-failed': 'le fichier n’a pas pu être écrit ({{detail}}).',
    unsaved: 'le projet ouvert n’a pas pu être enregistré\u00a0: il reste ouvert ({{detail}}).',
    'in-use': 'ce projet est déjà ouvert dans un autre Tablée sur cet ordinateur ({{detail}})\u00a0; fermez-le d’abord là-bas.',
    'no-project': 'aucun projet n’est ouvert.',
    'wrong-project': 'ces modifications appartiennent à un projet qui n’est plus ouvert\u00a0; elles n’ont pas été écrites dans celui-ci.',
    'bad-update': 'l’hôte Tablée n’a pas pu lire une modification qui lui a été envoyée ({{detail}}).',
    'not-a-backup': 'ce n’est pas une sauvegarde du projet ouvert.',
    'version-damaged': 'cette version est abîmée et ne peut pas être ouverte ({{detail}}).',
    'version-newer': 'cette version a été enregistrée par un Tablée plus récent\u00a0; mettez Tablée à jour pour l’ouvrir ({{detail}}).',
    unavailable: 'ce n’est pas disponible sur cet hôte.',
    'no-server': 'il n’y a pas de serveur où ouvrir la salle.',
    'password-required': 'une salle sur le réseau demande un mot de passe, sauf si vous choisissez une salle ouverte.',
    bind: 'la salle ne peut pas être servie sur ce réseau ({{detail}}).',
    internal: 'l’hôte Tablée a rencontré une erreur inattendue ({{detail}}).',
  },
  bridgeErrors: {
    disconnected: 'l’hôte Tablée est injoignable pour le moment\u00a0; Tablée continue d’essayer de se reconnecter.',
    timeout: 'l’hôte Tablée n’a pas répondu à temps.',
    'bad-reply': 'l’hôte Tablée a envoyé une réponse illisible.',
    'missing-host': 'cette fenêtre n’est reliée à aucun hôte Tablée.',
  },
};
