import type { Widen } from './widen';
import type { imagesEn } from './images.en';

/** Mots français pour les images du tableau. */
export const imagesFr: Widen<typeof imagesEn> = {
  residency: {
    image: {
      heading: 'Image',
      missing: 'Image manquante',
      noAlt: 'Image (pas encore décrite)',
      alt: 'Ce qu’elle montre (texte alternatif)',
      altHint: 'Lu à voix haute, trouvé par la recherche, et écrit là où l’image ne peut pas être dessinée.',
      caption: 'Légende',
      size: '{{width}} × {{height}} px · {{kb}} Ko',
      preparing_one: 'Préparation de {{count}} image…',
      preparing_other: 'Préparation de {{count}} images…',
      added_one: 'Image ajoutée. Ctrl+Z la retire.',
      added_other: '{{count}} images ajoutées. Ctrl+Z les retire.',
      error: {
        'not-image': '« {{name}} » n’est pas une image (JPEG, PNG ou WebP). Rien n’a été ajouté.',
        'too-big': '« {{name}} » pèse {{mb}} Mo : les images de plus de {{max}} Mo sont refusées. Rien n’a été ajouté.',
        decode: '« {{name}} » n’a pas pu être lue comme une image (abîmée ou format non pris en charge). Rien n’a été ajouté.',
        // Déposées, collées ou choisies avec le sélecteur de fichiers : la même limite, des mots qui vont à chaque cas.
        'too-many': '{{count}} fichiers : {{max}} images au plus à la fois. Rien n’a été ajouté.',
        'cannot-shrink': '« {{name}} » n’a pas pu être assez réduite pour le tableau. Rien n’a été ajouté.',
      },
    },
  },
};
