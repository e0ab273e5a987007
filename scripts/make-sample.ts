/**
 * Writes the sample project `resources/sample/residence-exemple.tablee`: a FICTIONAL residency
 * (invented territory, places and people) showing the path Immersion → Thèmes → Propositions.
 *
 *   npx tsx scripts/make-sample.ts
 *
 * Deterministic: fixed ids, fixed dates, a fixed Yjs client id and no randomness, so running it
 * again rewrites the very same bytes. `tests/unit/sample.test.ts` checks that.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { createItem } from '../shared/board/commands';
import { metaOf, SYSTEM_ORIGIN } from '../shared/board/doc';
import type { NoteColor } from '../shared/board/records';
import { buildProjectFile } from '../shared/project-file/build';
import type { FileMeta, HistoryEntry, ProjectFile } from '../shared/project-file/format';
import { migrate } from '../shared/schema/migrate';

export const SAMPLE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../resources/sample/residence-exemple.tablee');

export const SAMPLE_TITLE = 'Résidence — Les lieux solidaires de demain (Val d’Aubrelle, fictif)';
const CREATED_AT = '2025-03-03T08:30:00.000Z';
const SAVED_AT = '2025-03-28T16:00:00.000Z';
/** Any fixed value will do: it only has to be the same at every run. */
const SAMPLE_CLIENT_ID = 20_250_303;

/** The two host places of the residency, as they are written on the cards. */
export const HOST_PLACES = ['Le Grenier partagé', 'Le Point emploi des Noues'] as const;
type HostPlace = (typeof HOST_PLACES)[number];
const [GRENIER, POINT_EMPLOI] = HOST_PLACES;

/** Longest text we allow ourselves on a sample card: it must read at a glance. */
export const SAMPLE_NOTE_MAX = 300;

// ── Layout ───────────────────────────────────────────────────────────────────────────────────
const NOTE = { w: 220, h: 160 };
const GAP = 24;
/** Margin between a frame's edge and its cards, except at the top where the title sits. */
const PAD = 24;
const HEADER = 60;
const FRAME_GAP = 48;
const PHASE_GAP = 96;
const FRAMES_Y = 300;

const frameSize = (cols: number, rows: number): { w: number; h: number } => ({
  w: 2 * PAD + cols * NOTE.w + (cols - 1) * GAP,
  h: HEADER + rows * NOTE.h + (rows - 1) * GAP + PAD,
});

// ── Content ──────────────────────────────────────────────────────────────────────────────────
type Role = 'usager' | 'usagère' | 'professionnel' | 'professionnelle' | 'bénévole' | 'élu' | 'élue';

interface Quote {
  said: string;
  /** A first-name pseudonym, never a real identity. */
  who: string;
  role: Role;
  place: HostPlace;
  date: string;
}

const quoteText = (q: Quote): string => `« ${q.said} »\n— ${q.who} (pseudo), ${q.role}\n${q.place} · ${q.date}`;

const observationText = (what: string, place: HostPlace, date: string): string =>
  `Observation — ${what}\nL’équipe · ${place} · ${date}`;

const INTERVIEWS: Quote[] = [
  {
    said: 'Ici je viens chiner comme tout le monde. À l’épicerie sociale, j’ai l’impression qu’on lit sur mon front que je suis dans la dèche.',
    who: 'Nadia',
    role: 'usagère',
    place: GRENIER,
    date: '4 mars 2025',
  },
  {
    said: 'Les gens entrent pour un meuble à 5 euros et finissent par nous parler de leur loyer, de leur fils… On est devenus un guichet sans le vouloir.',
    who: 'Joël',
    role: 'bénévole',
    place: GRENIER,
    date: '4 mars 2025',
  },
  {
    said: 'Tout est en ligne maintenant. On me dit « créez votre espace », mais joindre un fichier à un mail, je ne sais pas faire.',
    who: 'Samia',
    role: 'usagère',
    place: POINT_EMPLOI,
    date: '5 mars 2025',
  },
  {
    said: 'Depuis que le bureau de poste a fermé, c’est la secrétaire de mairie qui fait les déclarations des gens. Sur son temps, évidemment.',
    who: 'Gérard',
    role: 'élu',
    place: POINT_EMPLOI,
    date: '6 mars 2025',
  },
  {
    said: 'Chaque mois je découvre une asso qui fait la même chose que nous à dix kilomètres. On ne se croise jamais.',
    who: 'Inès',
    role: 'professionnelle',
    place: POINT_EMPLOI,
    date: '6 mars 2025',
  },
  {
    said: 'Les trucs « jeunes en difficulté », c’est pour les cas sociaux. Moi je suis pas un cas social, je cherche juste un taf.',
    who: 'Théo',
    role: 'usager',
    place: GRENIER,
    date: '7 mars 2025',
  },
  {
    said: 'Je fais l’écrivain public le mardi. La moitié des gens viennent pour un mot de passe oublié.',
    who: 'Martine',
    role: 'bénévole',
    place: POINT_EMPLOI,
    date: '10 mars 2025',
  },
  {
    said: 'On oriente vers des dispositifs qui changent de nom tous les deux ans. Même nous, on ne sait plus qui fait quoi.',
    who: 'Karim',
    role: 'professionnel',
    place: GRENIER,
    date: '10 mars 2025',
  },
  {
    said: 'Sans voiture, Montaubrel c’est le bout du monde. Le car passe deux fois par jour, alors le rendez-vous de 14 h, je le rate.',
    who: 'Lucie',
    role: 'usagère',
    place: POINT_EMPLOI,
    date: '11 mars 2025',
  },
  {
    said: 'Le mot « solidarité » sur une façade, ça fait fuir ceux qu’on veut toucher. Ici ça marche parce que c’est d’abord une boutique.',
    who: 'Françoise',
    role: 'élue',
    place: GRENIER,
    date: '12 mars 2025',
  },
  {
    said: 'J’ai reçu un SMS pour un rendez-vous, mais je n’avais plus de forfait. Résultat : rendez-vous manqué, dossier suspendu un mois.',
    who: 'Yann',
    role: 'usager',
    place: POINT_EMPLOI,
    date: '13 mars 2025',
  },
  {
    said: 'Il faudrait un endroit où l’on trouve quelqu’un qui sait à qui s’adresser. Pas forcément quelqu’un qui sait tout.',
    who: 'Aïcha',
    role: 'professionnelle',
    place: GRENIER,
    date: '13 mars 2025',
  },
];

const OBSERVATIONS: string[] = [
  observationText(
    'Au Grenier, personne ne demande « vous venez pour quoi ? ». On entre, on flâne, on prend un café. Les confidences arrivent à la troisième visite.',
    GRENIER,
    '5 mars 2025',
  ),
  observationText(
    'Dans le hall de la mairie : 14 affiches de dispositifs d’aide, 9 logos différents, aucun horaire commun.',
    POINT_EMPLOI,
    '6 mars 2025',
  ),
  observationText(
    'Un seul ordinateur en accès libre, l’imprimante en panne. Mardi matin, quatre personnes attendent, toutes pour une démarche en ligne.',
    POINT_EMPLOI,
    '11 mars 2025',
  ),
  observationText(
    'Le jeudi, des bénévoles réparent des vélos devant la boutique. Des ados s’arrêtent, discutent, reviennent : le seul moment où on les croise.',
    GRENIER,
    '13 mars 2025',
  ),
];

interface ThemeCard {
  text: string;
  color: NoteColor;
}
interface Theme {
  title: string;
  cards: ThemeCard[];
}

const synthesis = (text: string): ThemeCard => ({ text, color: 'pink' });
const verbatim = (q: Quote): ThemeCard => ({ text: quoteText(q), color: 'yellow' });

const THEMES: Theme[] = [
  {
    title: 'Thème 1 · Le poids des étiquettes',
    cards: [
      synthesis(
        'Synthèse — Les services pensés « pour les publics en difficulté » font fuir ceux qu’ils visent : on évite le lieu pour ne pas passer pour « un cas social ». Une boutique ou un atelier ouverts à tous se fréquentent sans honte. (Nadia, Théo, Françoise)',
      ),
      synthesis(
        'Confirmation — Le terrain confirme le non-recours par peur du regard : plusieurs personnes renoncent à une aide plutôt que d’être vues en train de la demander. (Nadia, Théo)',
      ),
      synthesis(
        'Pépite — La boutique sert de porte d’entrée : on vient pour un meuble, on repart avec une adresse utile. L’aide passe mieux greffée sur un lieu du quotidien. (Joël, Françoise, observation du 5 mars)',
      ),
      verbatim({
        said: 'Si c’est écrit « social » sur la porte, mes potes entreront pas. Si c’est écrit « atelier vélo », ils y seront avant moi.',
        who: 'Théo',
        role: 'usager',
        place: GRENIER,
        date: '13 mars 2025',
      }),
    ],
  },
  {
    title: 'Thème 2 · L’accès à l’heure du numérique',
    cards: [
      synthesis(
        'Synthèse — De plus en plus d’aides ne passent que par un écran. Sans savoir joindre un fichier, sans forfait ou sans voiture, on décroche ; secrétaire de mairie et bénévoles rattrapent, sans moyens. (Samia, Gérard, Martine, Yann)',
      ),
      synthesis(
        'Confirmation — Le « tout en ligne » exclut d’abord sur des gestes simples : mot de passe oublié, pièce jointe, scan d’un justificatif. Ce n’est pas un manque d’envie, c’est un manque d’appui. (Martine, Samia)',
      ),
      synthesis(
        'Pépite — L’écran n’est pas le seul obstacle : sans données mobiles ni transport, un simple SMS de convocation peut coûter un mois de droits. L’accès, c’est aussi le forfait et le car. (Yann, Lucie)',
      ),
      verbatim({
        said: 'Je demande pas qu’on le fasse à ma place. Je veux qu’on me montre, et qu’on soit encore là la deuxième fois.',
        who: 'Samia',
        role: 'usagère',
        place: POINT_EMPLOI,
        date: '12 mars 2025',
      }),
    ],
  },
  {
    title: 'Thème 3 · Personne ne sait qui fait quoi',
    cards: [
      synthesis(
        'Synthèse — Les acteurs d’un même champ ne se rencontrent pas : dispositifs qui changent de nom, associations voisines qui s’ignorent, affichage illisible. Les habitants se perdent entre les guichets. (Inès, Karim, observation du 6 mars)',
      ),
      synthesis(
        'Confirmation — Les professionnels le disent eux-mêmes : ils orientent « à l’aveugle » et découvrent leurs partenaires par hasard. (Inès, Karim)',
      ),
      synthesis(
        'Pépite — Ce qui manque n’est pas un annuaire de plus mais une personne repère, « quelqu’un qui sait à qui s’adresser » : un lieu aiguillage plutôt qu’un guichet de plus. (Aïcha, Joël)',
      ),
      verbatim({
        said: 'On s’est rencontrées grâce à vous, alors qu’on travaille à vingt minutes l’une de l’autre depuis six ans.',
        who: 'Inès',
        role: 'professionnelle',
        place: POINT_EMPLOI,
        date: '14 mars 2025',
      }),
    ],
  },
];

const PROPOSALS: string[] = [
  'Proposition 1 — Un « lieu aiguillage » au Grenier partagé : une personne repère, deux demi-journées par semaine, qui sait vers qui orienter sans étiqueter personne. Parce que l’aide passe mieux dans un lieu ouvert à tous. (Thèmes 1 et 3)',
  'Proposition 2 — Un café numérique au Point emploi des Noues : on apprend à faire soi-même (pièce jointe, mot de passe, scan) avec un bénévole, et on revient. Parce que le tout en ligne exclut sur des gestes simples. (Thème 2)',
  'Proposition 3 — Une rencontre des acteurs du Val d’Aubrelle chaque trimestre, chaque fois chez l’un d’eux, et une carte « qui fait quoi » tenue à jour ensemble. Parce que personne ne sait qui fait quoi. (Thème 3)',
  'Proposition 4 — Greffer des services sur les lieux du quotidien (atelier vélo, boutique, mairie) plutôt que d’ouvrir des lieux « pour les précaires ». Parce que l’étiquette fait fuir ceux qu’on veut aider. (Thème 1)',
];

const INTRO =
  'Exemple fictif : territoire, lieux et personnes sont inventés, les prénoms sont des pseudonymes. Deux lieux d’accueil : Le Grenier partagé, ressourcerie associative à Montaubrel, et Le Point emploi des Noues, guichet emploi du village des Noues-sur-Aubrelle. Immersion du 3 au 14 mars 2025.';

const PHASE_LABELS = {
  immersion:
    '1 · Immersion — Deux semaines dans les lieux d’accueil. Chaque carte jaune est une citation : pseudonyme, rôle, lieu, date. En bleu, les observations de l’équipe.',
  themes:
    '2 · Thèmes — Citations et observations regroupées. En rose, nos synthèses ; chaque thème distingue une Confirmation (ce que le terrain confirme) et une Pépite (l’inattendu sur quoi bâtir).',
  proposals: '3 · Propositions — Écrites à partir des thèmes, chacune cite ceux qui la fondent. En vert.',
};

// ── Building ─────────────────────────────────────────────────────────────────────────────────

/**
 * Same as `newBoardDoc` (shared/project-file/build.ts), but with a fixed Yjs client id:
 * `new Y.Doc()` draws a random one and the encoded state would change at every run.
 */
function newSampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = SAMPLE_CLIENT_ID;
  migrate(doc, 0);
  doc.transact(() => {
    metaOf(doc).set('title', SAMPLE_TITLE);
    metaOf(doc).set('createdAt', CREATED_AT);
  }, SYSTEM_ORIGIN);
  return doc;
}

/** Builds the sample board and returns the project file, without touching the disk. */
export function buildSample(): ProjectFile {
  const doc = newSampleDoc();
  let noteCount = 0;

  const addNotes = (frameId: string, fx: number, fy: number, cols: number, cards: readonly ThemeCard[]): void => {
    cards.forEach((card, i) => {
      if (card.text.length > SAMPLE_NOTE_MAX) throw new Error(`sample card too long (${card.text.length}): ${card.text.slice(0, 40)}…`);
      const id = `note:sample-${String(++noteCount).padStart(3, '0')}`;
      const x = fx + PAD + (i % cols) * (NOTE.w + GAP);
      const y = fy + HEADER + Math.floor(i / cols) * (NOTE.h + GAP);
      createItem(doc, { kind: 'note', x, y, w: NOTE.w, h: NOTE.h, text: card.text, color: card.color }, id);
      // The commands set membership from geometry; a card outside its frame is a layout bug here.
      const parent = doc.getMap<Y.Map<unknown>>('items').get(id)?.get('parentId');
      if (parent !== frameId) throw new Error(`${id} landed in ${String(parent)}, not ${frameId}`);
    });
  };

  // Columns, left to right in phase order.
  const immersion = { x: 0, cols: 4, cards: [...INTERVIEWS.map(verbatim), ...OBSERVATIONS.map((text) => ({ text, color: 'blue' as const }))] };
  const immersionSize = frameSize(immersion.cols, Math.ceil(immersion.cards.length / immersion.cols));
  const themesX = immersion.x + immersionSize.w + PHASE_GAP;
  const themeSize = frameSize(1, Math.max(...THEMES.map((t) => t.cards.length)));
  const proposalsX = themesX + THEMES.length * themeSize.w + (THEMES.length - 1) * FRAME_GAP + PHASE_GAP;
  const proposalsSize = frameSize(1, PROPOSALS.length);
  const right = proposalsX + proposalsSize.w;

  // Title and phase explanations, above the frames (outside them, so they belong to none).
  createItem(doc, { kind: 'text', x: 0, y: 0, w: right, h: 56, text: SAMPLE_TITLE, fontSize: 40 }, 'text:sample-title');
  createItem(doc, { kind: 'text', x: 0, y: 72, w: immersionSize.w + PHASE_GAP + 3 * themeSize.w + 2 * FRAME_GAP, h: 72, text: INTRO, fontSize: 18 }, 'text:sample-intro');
  const labelY = 176;
  const labelH = FRAMES_Y - labelY - 16;
  createItem(doc, { kind: 'text', x: immersion.x, y: labelY, w: immersionSize.w, h: labelH, text: PHASE_LABELS.immersion, fontSize: 16 }, 'text:sample-phase-1');
  createItem(doc, { kind: 'text', x: themesX, y: labelY, w: proposalsX - PHASE_GAP - themesX, h: labelH, text: PHASE_LABELS.themes, fontSize: 16 }, 'text:sample-phase-2');
  createItem(doc, { kind: 'text', x: proposalsX, y: labelY, w: proposalsSize.w, h: labelH, text: PHASE_LABELS.proposals, fontSize: 16 }, 'text:sample-phase-3');

  // 1 · Immersion
  const immersionId = createItem(
    doc,
    { kind: 'frame', x: immersion.x, y: FRAMES_Y, ...immersionSize, title: 'Immersion · 3 au 14 mars 2025', color: 'grey' },
    'frame:sample-immersion',
  );
  addNotes(immersionId, immersion.x, FRAMES_Y, immersion.cols, immersion.cards);

  // 2 · Thèmes
  THEMES.forEach((theme, i) => {
    const x = themesX + i * (themeSize.w + FRAME_GAP);
    const id = createItem(doc, { kind: 'frame', x, y: FRAMES_Y, ...themeSize, title: theme.title, color: 'grey' }, `frame:sample-theme-${i + 1}`);
    addNotes(id, x, FRAMES_Y, 1, theme.cards);
  });

  // 3 · Propositions
  const proposalsId = createItem(
    doc,
    { kind: 'frame', x: proposalsX, y: FRAMES_Y, ...proposalsSize, title: 'Propositions', color: 'grey' },
    'frame:sample-propositions',
  );
  addNotes(proposalsId, proposalsX, FRAMES_Y, 1, PROPOSALS.map((text) => ({ text, color: 'green' as const })));

  const meta: FileMeta = { title: SAMPLE_TITLE, createdAt: CREATED_AT, savedAt: SAVED_AT, app: 'Tablée 0.1.0' };
  const history: HistoryEntry[] = [{ at: CREATED_AT, event: 'created', detail: 'Exemple fictif généré par scripts/make-sample.ts' }];
  return buildProjectFile(doc, meta, history);
}

export const sampleText = (file: ProjectFile = buildSample()): string => `${JSON.stringify(file, null, 1)}\n`;

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const text = sampleText();
  mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
  writeFileSync(SAMPLE_PATH, text, 'utf8');
  console.log(`wrote ${SAMPLE_PATH} (${Buffer.byteLength(text, 'utf8')} bytes)`);
}
