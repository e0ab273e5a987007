/**
 * Writes the sample project `resources/sample/residence-exemple.tablee`: a FICTIONAL residency
 * (invented territory, places and people) showing the path Immersion → Thèmes → Propositions →
 * Expérimentations with real residency records: interviews (with consent), quotes placed as
 * cards, themes with their marks, proposals grounded in quotes and themes, experiments, tags.
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
import { writeProjectLang } from '../shared/records/meta';
import { DEFAULT_SIZE, type NoteColor, type ThemeMark } from '../shared/board/records';
import { writeAgenda } from '../shared/day/day-agenda';
import { workshopDayAgenda } from '../shared/day/workshop-day';
import { dayFr } from '../shared/i18n/day.fr';
import { buildProjectFile } from '../shared/project-file/build';
import type { FileMeta, HistoryEntry, ProjectFile } from '../shared/project-file/format';
import { addInterview, addQuote, addTag, linkQuote, linkTheme, placementRefusal, setTag } from '../shared/residency/commands';
import type { AgeBand, Consent, ProfileRole, TagGroup } from '../shared/residency/records';
import { assetIdFor, writeAsset } from '../shared/residency/assets';
import { migrate } from '../shared/schema/migrate';
import { SAMPLE_PICTURES, type SamplePicture } from './sample-pictures';
import { CONVERSATIONS } from './sample-transcripts';

export const SAMPLE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../resources/sample/residence-exemple.tablee');

export const SAMPLE_TITLE = 'Résidence — Les lieux solidaires de demain (Val d’Aubrelle, fictif)';
const CREATED_AT = '2025-03-03T08:30:00.000Z';
const SAVED_AT = '2025-03-28T16:00:00.000Z';
/** Any fixed value will do: it only has to be the same at every run. */
const SAMPLE_CLIENT_ID = 20_250_303;

/** The two host places of the residency, as they are written in the interviews. */
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

const frameSize = (cols: number, rows: number, card = NOTE): { w: number; h: number } => ({
  w: 2 * PAD + cols * card.w + (cols - 1) * GAP,
  h: HEADER + rows * card.h + (rows - 1) * GAP + PAD,
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
  consent?: Consent;
  ageBand?: AgeBand;
}

const ROLE: Record<Role, ProfileRole> = {
  usager: 'user',
  usagère: 'user',
  professionnel: 'professional',
  professionnelle: 'professional',
  bénévole: 'volunteer',
  élu: 'elected',
  élue: 'elected',
};

/** « 4 mars 2025 » → 2025-03-04 */
const day = (date: string): string => {
  const m = /^(\d{1,2}) mars 2025$/.exec(date);
  if (!m) throw new Error(`sample date ${date}`);
  return `2025-03-${m[1]!.padStart(2, '0')}`;
};

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

/** Follow-up interviews whose words went straight into a theme. */
const FOLLOW_UPS: Quote[] = [
  {
    said: 'Si c’est écrit « social » sur la porte, mes potes entreront pas. Si c’est écrit « atelier vélo », ils y seront avant moi.',
    who: 'Théo',
    role: 'usager',
    place: GRENIER,
    date: '13 mars 2025',
  },
  {
    said: 'Je demande pas qu’on le fasse à ma place. Je veux qu’on me montre, et qu’on soit encore là la deuxième fois.',
    who: 'Samia',
    role: 'usagère',
    place: POINT_EMPLOI,
    date: '12 mars 2025',
  },
  {
    said: 'On s’est rencontrées grâce à vous, alors qu’on travaille à vingt minutes l’une de l’autre depuis six ans.',
    who: 'Inès',
    role: 'professionnelle',
    place: POINT_EMPLOI,
    date: '14 mars 2025',
  },
];

/** Théo is 19 and asked not to be named: quoted anonymously, by his profile only. */
const ANONYMOUS = new Set(['Théo']);

/** One person agreed to talk but not to be quoted: the interview is kept, its words never reach the board. */
const NOT_QUOTED: Quote = {
  said: 'Je vous le dis à vous, mais je ne veux pas que ça sorte d’ici : au guichet, on m’a parlé comme à un enfant.',
  who: 'Rose',
  role: 'usagère',
  place: POINT_EMPLOI,
  date: '11 mars 2025',
  consent: 'none',
};

const SYNTHESES = [
  'Synthèse — Les services pensés « pour les publics en difficulté » font fuir ceux qu’ils visent : on évite le lieu pour ne pas passer pour « un cas social ». Une boutique ou un atelier ouverts à tous se fréquentent sans honte. (Nadia, Françoise, un usager de 18–25 ans)',
  'Confirmation — Le terrain confirme le non-recours par peur du regard : plusieurs personnes renoncent à une aide plutôt que d’être vues en train de la demander. (Nadia, un usager de 18–25 ans)',
  'Pépite — La boutique sert de porte d’entrée : on vient pour un meuble, on repart avec une adresse utile. L’aide passe mieux greffée sur un lieu du quotidien. (Joël, Françoise, observation du 5 mars)',
  'Synthèse — De plus en plus d’aides ne passent que par un écran. Sans savoir joindre un fichier, sans forfait ou sans voiture, on décroche ; secrétaire de mairie et bénévoles rattrapent, sans moyens. (Samia, Gérard, Martine, Yann)',
  'Confirmation — Le « tout en ligne » exclut d’abord sur des gestes simples : mot de passe oublié, pièce jointe, scan d’un justificatif. Ce n’est pas un manque d’envie, c’est un manque d’appui. (Martine, Samia)',
  'Pépite — L’écran n’est pas le seul obstacle : sans données mobiles ni transport, un simple SMS de convocation peut coûter un mois de droits. L’accès, c’est aussi le forfait et le car. (Yann, Lucie)',
  'Synthèse — Les acteurs d’un même champ ne se rencontrent pas : dispositifs qui changent de nom, associations voisines qui s’ignorent, affichage illisible. Les habitants se perdent entre les guichets. (Inès, Karim, observation du 6 mars)',
  'Confirmation — Les professionnels le disent eux-mêmes : ils orientent « à l’aveugle » et découvrent leurs partenaires par hasard. (Inès, Karim)',
  'Pépite — Ce qui manque n’est pas un annuaire de plus mais une personne repère, « quelqu’un qui sait à qui s’adresser » : un lieu aiguillage plutôt qu’un guichet de plus. (Aïcha, Joël)',
];

interface Theme {
  title: string;
  mark: ThemeMark;
  /** Synthesis, Confirmation, Pépite: indexes into SYNTHESES. */
  notes: number[];
  /** Quotes, as "who|date". */
  quotes: string[];
}

const THEMES: Theme[] = [
  { title: 'Thème 1 · Le poids des étiquettes', mark: 'confirmation', notes: [0, 1, 2], quotes: ['Théo|13 mars 2025', 'Nadia|4 mars 2025', 'Françoise|12 mars 2025'] },
  { title: 'Thème 2 · L’accès à l’heure du numérique', mark: 'confirmation', notes: [3, 4, 5], quotes: ['Samia|12 mars 2025', 'Samia|5 mars 2025', 'Martine|10 mars 2025', 'Yann|13 mars 2025'] },
  { title: 'Thème 3 · Personne ne sait qui fait quoi', mark: 'nugget', notes: [6, 7, 8], quotes: ['Inès|14 mars 2025', 'Inès|6 mars 2025', 'Karim|10 mars 2025', 'Aïcha|13 mars 2025'] },
];

interface Proposal {
  title: string;
  body: string;
  themes: number[];
  quotes: string[];
  tags: string[];
}

const PROPOSALS: Proposal[] = [
  {
    title: 'Proposition 1 — Un « lieu aiguillage » au Grenier partagé',
    body: 'Une personne repère, deux demi-journées par semaine, qui sait vers qui orienter sans étiqueter personne. Parce que l’aide passe mieux dans un lieu ouvert à tous.',
    themes: [0, 2],
    quotes: ['Aïcha|13 mars 2025', 'Joël|4 mars 2025'],
    tags: ['tag:sample-aiguillage'],
  },
  {
    title: 'Proposition 2 — Un café numérique au Point emploi des Noues',
    body: 'On apprend à faire soi-même (pièce jointe, mot de passe, scan) avec un bénévole, et on revient. Parce que le tout en ligne exclut sur des gestes simples.',
    themes: [1],
    quotes: ['Samia|12 mars 2025', 'Martine|10 mars 2025'],
    tags: ['tag:sample-greffe'],
  },
  {
    title: 'Proposition 3 — Une rencontre des acteurs chaque trimestre',
    body: 'Chaque fois chez l’un d’eux, et une carte « qui fait quoi » tenue à jour ensemble. Parce que personne ne sait qui fait quoi.',
    themes: [2],
    quotes: ['Inès|14 mars 2025', 'Karim|10 mars 2025'],
    tags: [],
  },
  {
    title: 'Proposition 4 — Greffer des services sur les lieux du quotidien',
    body: 'Atelier vélo, boutique, mairie, plutôt que des lieux « pour les précaires ». Parce que l’étiquette fait fuir ceux qu’on veut aider.',
    themes: [0],
    quotes: ['Théo|13 mars 2025', 'Françoise|12 mars 2025'],
    tags: ['tag:sample-greffe'],
  },
];

const EXPERIMENTS = [
  {
    title: 'Permanence aiguillage du jeudi',
    hypothesis: 'Une personne repère dans la boutique, sans guichet ni pancarte, fait venir des gens qui n’iraient pas au CCAS.',
    place: GRENIER,
    partners: 'CCAS de Montaubrel, France services du Val d’Aubrelle',
    tested: 'Deux demi-journées par semaine pendant huit semaines, un carnet d’orientation partagé.',
    indicator: 'Nombre de personnes orientées qui n’étaient connues d’aucun service ; retours des partenaires.',
    startDate: '2025-05-06',
    endDate: '2025-06-27',
    status: 'testing' as const,
    proposal: 0,
    tags: ['tag:sample-aiguillage', 'tag:sample-associatif'],
  },
  {
    title: 'Café numérique du mardi',
    hypothesis: 'Apprendre un geste à la fois, avec la même personne, fait revenir et rend autonome.',
    place: POINT_EMPLOI,
    partners: 'Mairie des Noues-sur-Aubrelle, bénévoles de l’écrivain public',
    tested: 'Un café le mardi matin, un ordinateur et une imprimante qui marchent, une fiche « je sais faire » par personne.',
    indicator: 'Part des participants qui reviennent et font seuls une démarche au bout d’un mois.',
    startDate: '2025-05-13',
    endDate: '',
    status: 'prototyping' as const,
    proposal: 1,
    tags: ['tag:sample-greffe', 'tag:sample-service-public'],
  },
];

const TAGS: { id: string; label: string; group: TagGroup }[] = [
  { id: 'tag:sample-aiguillage', label: 'Aiguillage', group: 'pattern' },
  { id: 'tag:sample-totem', label: 'Totem', group: 'pattern' },
  { id: 'tag:sample-greffe', label: 'Greffe', group: 'pattern' },
  { id: 'tag:sample-couteau-suisse', label: 'Couteau suisse', group: 'pattern' },
  { id: 'tag:sample-lieu-vivant', label: 'Lieu vivant', group: 'pattern' },
  { id: 'tag:sample-service-public', label: 'Service public', group: 'field' },
  { id: 'tag:sample-travail-social', label: 'Travail social', group: 'field' },
  { id: 'tag:sample-caritatif', label: 'Caritatif', group: 'field' },
  { id: 'tag:sample-ess', label: 'Économie sociale et solidaire', group: 'field' },
  { id: 'tag:sample-associatif', label: 'Associatif', group: 'field' },
  { id: 'tag:sample-numerique', label: 'Plateformes numériques', group: 'field' },
];

const INTRO =
  'Exemple fictif : territoire, lieux et personnes sont inventés, les prénoms sont des pseudonymes. Deux lieux d’accueil : Le Grenier partagé, ressourcerie associative à Montaubrel, et Le Point emploi des Noues, guichet emploi du village des Noues-sur-Aubrelle. Immersion du 3 au 14 mars 2025.';

const PHASE_LABELS = {
  immersion:
    '1 · Immersion — Deux semaines dans les lieux d’accueil. Chaque citation renvoie à son entretien (bouton Entretiens) : pseudonyme ou profil, lieu, date. En bleu, les observations de l’équipe.',
  themes:
    '2 · Thèmes — Citations et observations regroupées ; chaque thème dit combien d’entretiens le fondent. En rose, nos synthèses : une Confirmation (ce que le terrain confirme) et une Pépite (l’inattendu sur quoi bâtir).',
  proposals: '3 · Propositions — Chacune liée aux citations et aux thèmes qui la fondent : « Remonter la trace ».',
  experiments: '4 · Expérimentations — Testées pour de vrai dans les lieux d’accueil.',
  restitution:
    '5 · Restitution — Ce que la résidence rend au territoire : les quatre cases de l’axe, construites à partir des thèmes, et le schéma de synthèse qui raconte le chemin.',
};

/**
 * The restitution: the four boxes of the axis, each card built from the themes (the theme it
 * comes from in brackets), then the summary diagram, read left to right.
 */
const AXIS: { title: string; color: NoteColor; notes: string[] }[] = [
  {
    title: 'Opportunités',
    color: 'green',
    notes: [
      'Des lieux du quotidien où l’on entre sans honte : la boutique, l’atelier vélo, le café. On y parle déjà de ses démarches. (thème 1)',
      'Des personnes repères qui aiguillent déjà sans en avoir le titre : un bénévole, la secrétaire de mairie, une assistante sociale au Grenier. (thèmes 2 et 3)',
    ],
  },
  {
    title: 'Points de vigilance',
    color: 'orange',
    notes: [
      'Ne pas recréer un guichet « pour les précaires » : l’étiquette fait fuir ceux qu’on veut aider. (thème 1)',
      'Ne pas faire reposer l’aide numérique sur des bénévoles sans relais ni moyens : ils s’épuisent, et personne ne prend la suite. (thème 2)',
    ],
  },
  {
    title: 'Enjeux',
    color: 'violet',
    notes: [
      'Garder un accès humain aux droits quand tout passe par un écran, un code ou un SMS. (thème 2)',
      'Que les acteurs d’un même territoire se connaissent assez pour orienter quelqu’un vers un visage, pas vers un sigle. (thème 3)',
    ],
  },
  {
    title: 'Éléments à enquêter',
    color: 'blue',
    notes: [
      'Combien renoncent faute de forfait, de car ou de voiture ? Rien ne le mesure encore. (thème 2)',
      'Quels partenaires peuvent tenir une présence régulière au Grenier, et à quelles conditions ? (thème 3)',
    ],
  },
];

const SUMMARY_TITLE = 'Schéma de synthèse';
const SUMMARY: string[] = [
  '1 · Ce qu’on a entendu — On évite les lieux étiquetés, on se perd entre les guichets, l’écran exclut sur des gestes simples.',
  '2 · Ce que ça révèle — L’aide passe mieux greffée sur un lieu du quotidien et portée par une personne repère.',
  '3 · Ce qu’on propose — Un lieu aiguillage au Grenier, un café numérique aux Noues, une rencontre des acteurs chaque trimestre.',
  '4 · Ce qu’on teste — La permanence du jeudi et le café du mardi, avec leurs indicateurs, avant d’aller plus loin.',
];

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
    // A French residency: its reports are in French whatever language the app is shown in.
    writeProjectLang(doc, 'fr');
  }, SYSTEM_ORIGIN);
  return doc;
}

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const must = <T>(r: { ok: true; value: T } | { ok: false; error: string }, what: string): T => {
  if (!r.ok) throw new Error(`sample: ${what}: ${r.error}`);
  return r.value;
};

type Card =
  | { kind: 'note'; text: string; color: NoteColor; tags?: string[] }
  | { kind: 'quote'; key: string }
  | { kind: 'image'; picture: SamplePicture };

/** Builds the sample board and returns the project file, without touching the disk. */
export function buildSample(): ProjectFile {
  const doc = newSampleDoc();
  let cardCount = 0;

  for (const tag of TAGS) must(addTag(doc, tag.label, tag.group, tag.id), tag.id);

  // Interviews and their quotes: one interview per person and day, its transcript holding the quote.
  const quoteIds = new Map<string, string>();
  for (const [n, q] of [...INTERVIEWS, ...FOLLOW_UPS, NOT_QUOTED].entries()) {
    const key = `${q.who}|${q.date}`;
    const interviewId = `interview:sample-${slug(q.who)}-${day(q.date)}`;
    const consent: Consent = q.consent ?? (ANONYMOUS.has(q.who) ? 'anonymous' : 'quote');
    const conversation = CONVERSATIONS[key];
    if (!conversation) throw new Error(`sample: no transcript for ${key}`);
    const transcript = conversation.transcript(q.said);
    if (!transcript.includes(q.said)) throw new Error(`sample: the transcript of ${key} lacks its quote`);
    addInterview(
      doc,
      {
        date: day(q.date),
        place: q.place,
        kind: 'one-to-one',
        role: ROLE[q.role],
        ageBand: ANONYMOUS.has(q.who) ? '18-25' : '',
        pseudonym: q.who,
        consent,
        notes: conversation.notes,
        transcript,
      },
      interviewId,
    );
    // Quote ids reach the room with the published quotes: they name no one (no pseudonym in them).
    quoteIds.set(key, must(addQuote(doc, interviewId, q.said, `quote:sample-q${String(n + 1).padStart(2, '0')}`), key));
  }
  const quote = (key: string): string => {
    const id = quoteIds.get(key);
    if (!id) throw new Error(`sample: no quote ${key}`);
    return id;
  };

  const addCards = (frameId: string, fx: number, fy: number, cols: number, cards: readonly Card[]): void => {
    cards.forEach((card, i) => {
      const id = `${card.kind}:sample-${String(++cardCount).padStart(3, '0')}`;
      const x = fx + PAD + (i % cols) * (NOTE.w + GAP);
      const y = fy + HEADER + Math.floor(i / cols) * (NOTE.h + GAP);
      if (card.kind === 'note') {
        if (card.text.length > SAMPLE_NOTE_MAX) throw new Error(`sample card too long (${card.text.length}): ${card.text.slice(0, 40)}…`);
        createItem(doc, { kind: 'note', x, y, w: NOTE.w, h: NOTE.h, text: card.text, color: card.color }, id);
        for (const tag of card.tags ?? []) setTag(doc, [id], tag, true);
      } else if (card.kind === 'image') {
        const { png, width, height, alt, caption } = card.picture;
        const assetId = assetIdFor(png);
        writeAsset(doc, assetId, { mime: 'image/png', bytes: png, width, height });
        createItem(doc, { kind: 'image', x, y, w: NOTE.w, h: NOTE.h, assetId, alt, caption }, id);
      } else {
        const quoteId = quote(card.key);
        const refusal = placementRefusal(doc, quoteId);
        if (refusal) throw new Error(`sample: ${card.key} may not be placed: ${refusal}`);
        createItem(doc, { kind: 'quote', quoteId, x, y, w: NOTE.w, h: NOTE.h }, id);
      }
      // The commands set membership from geometry; a card outside its frame is a layout bug here.
      const parent = doc.getMap<Y.Map<unknown>>('items').get(id)?.get('parentId');
      if (parent !== frameId) throw new Error(`${id} landed in ${String(parent)}, not ${frameId}`);
    });
  };

  // Columns, left to right in phase order.
  const immersionCards: Card[] = [
    ...INTERVIEWS.map((q): Card => ({ kind: 'quote', key: `${q.who}|${q.date}` })),
    ...OBSERVATIONS.map((text, i): Card => ({ kind: 'note', text, color: 'blue', tags: i === 3 ? ['tag:sample-lieu-vivant'] : [] })),
    ...SAMPLE_PICTURES.map((picture): Card => ({ kind: 'image', picture })),
  ];
  const immersion = { x: 0, cols: 4 };
  const immersionSize = frameSize(immersion.cols, Math.ceil(immersionCards.length / immersion.cols));
  const themesX = immersion.x + immersionSize.w + PHASE_GAP;
  const themeCols = 2;
  const themeSize = frameSize(themeCols, Math.max(...THEMES.map((t) => Math.ceil((t.notes.length + t.quotes.length) / themeCols))));
  const proposalsX = themesX + THEMES.length * themeSize.w + (THEMES.length - 1) * FRAME_GAP + PHASE_GAP;
  const PROPOSAL = DEFAULT_SIZE.proposal;
  const proposalsSize = frameSize(1, PROPOSALS.length, PROPOSAL);
  const experimentsX = proposalsX + proposalsSize.w + PHASE_GAP;
  const EXPERIMENT = DEFAULT_SIZE.experiment;
  const experimentsSize = frameSize(1, EXPERIMENTS.length, EXPERIMENT);
  const right = experimentsX + experimentsSize.w;

  // Title and phase explanations, above the frames (outside them, so they belong to none).
  createItem(doc, { kind: 'text', x: 0, y: 0, w: right, h: 56, text: SAMPLE_TITLE, fontSize: 40 }, 'text:sample-title');
  createItem(doc, { kind: 'text', x: 0, y: 72, w: immersionSize.w + PHASE_GAP + 3 * themeSize.w + 2 * FRAME_GAP, h: 72, text: INTRO, fontSize: 18 }, 'text:sample-intro');
  const labelY = 176;
  const labelH = FRAMES_Y - labelY - 16;
  createItem(doc, { kind: 'text', x: immersion.x, y: labelY, w: immersionSize.w, h: labelH, text: PHASE_LABELS.immersion, fontSize: 16 }, 'text:sample-phase-1');
  createItem(doc, { kind: 'text', x: themesX, y: labelY, w: proposalsX - PHASE_GAP - themesX, h: labelH, text: PHASE_LABELS.themes, fontSize: 16 }, 'text:sample-phase-2');
  createItem(doc, { kind: 'text', x: proposalsX, y: labelY, w: proposalsSize.w, h: labelH, text: PHASE_LABELS.proposals, fontSize: 16 }, 'text:sample-phase-3');
  createItem(doc, { kind: 'text', x: experimentsX, y: labelY, w: experimentsSize.w, h: labelH, text: PHASE_LABELS.experiments, fontSize: 16 }, 'text:sample-phase-4');

  // 1 · Immersion
  const immersionId = createItem(
    doc,
    { kind: 'frame', x: immersion.x, y: FRAMES_Y, ...immersionSize, title: 'Immersion · 3 au 14 mars 2025', color: 'grey' },
    'frame:sample-immersion',
  );
  addCards(immersionId, immersion.x, FRAMES_Y, immersion.cols, immersionCards);

  // 2 · Thèmes
  const themeIds = THEMES.map((theme, i) => {
    const x = themesX + i * (themeSize.w + FRAME_GAP);
    const id = createItem(doc, { kind: 'frame', x, y: FRAMES_Y, ...themeSize, title: theme.title, color: 'grey', mark: theme.mark }, `frame:sample-theme-${i + 1}`);
    const cards: Card[] = [
      ...theme.notes.map((n): Card => ({ kind: 'note', text: SYNTHESES[n]!, color: 'pink' })),
      ...theme.quotes.map((key): Card => ({ kind: 'quote', key })),
    ];
    addCards(id, x, FRAMES_Y, themeCols, cards);
    return id;
  });

  // 3 · Propositions
  const proposalsId = createItem(
    doc,
    { kind: 'frame', x: proposalsX, y: FRAMES_Y, ...proposalsSize, title: 'Propositions', color: 'green' },
    'frame:sample-propositions',
  );
  const proposalIds = PROPOSALS.map((p, i) => {
    const id = `proposal:sample-${i + 1}`;
    createItem(doc, { kind: 'proposal', x: proposalsX + PAD, y: FRAMES_Y + HEADER + i * (PROPOSAL.h + GAP), ...PROPOSAL, title: p.title, body: p.body }, id);
    for (const t of p.themes) must(linkTheme(doc, id, themeIds[t]!), `${id} → theme ${t}`);
    for (const q of p.quotes) must(linkQuote(doc, id, quote(q)), `${id} → ${q}`);
    for (const tag of p.tags) setTag(doc, [id], tag, true);
    if (doc.getMap<Y.Map<unknown>>('items').get(id)?.get('parentId') !== proposalsId) throw new Error(`${id} is outside its frame`);
    return id;
  });

  // 4 · Expérimentations
  const experimentsId = createItem(
    doc,
    { kind: 'frame', x: experimentsX, y: FRAMES_Y, ...experimentsSize, title: 'Expérimentations', color: 'blue' },
    'frame:sample-experimentations',
  );
  EXPERIMENTS.forEach((e, i) => {
    const id = `experiment:sample-${i + 1}`;
    const { proposal, tags, ...fields } = e;
    createItem(doc, { kind: 'experiment', x: experimentsX + PAD, y: FRAMES_Y + HEADER + i * (EXPERIMENT.h + GAP), ...EXPERIMENT, ...fields, proposalId: proposalIds[proposal]! }, id);
    for (const tag of tags) setTag(doc, [id], tag, true);
    if (doc.getMap<Y.Map<unknown>>('items').get(id)?.get('parentId') !== experimentsId) throw new Error(`${id} is outside its frame`);
  });

  // 5 · Restitution, under the phases: the axis two by two, then the summary diagram beside it.
  const phasesBottom = FRAMES_Y + Math.max(immersionSize.h, themeSize.h, proposalsSize.h, experimentsSize.h);
  const restitutionLabelY = phasesBottom + PHASE_GAP;
  const restitutionY = restitutionLabelY + 88;
  const axisSize = frameSize(2, 1);
  const summarySize = frameSize(SUMMARY.length, 1);
  const summaryX = 2 * axisSize.w + FRAME_GAP + PHASE_GAP;
  createItem(
    doc,
    { kind: 'text', x: 0, y: restitutionLabelY, w: summaryX + summarySize.w, h: 72, text: PHASE_LABELS.restitution, fontSize: 16 },
    'text:sample-phase-5',
  );
  AXIS.forEach((box, i) => {
    const x = (i % 2) * (axisSize.w + FRAME_GAP);
    const y = restitutionY + Math.floor(i / 2) * (axisSize.h + FRAME_GAP);
    const id = createItem(doc, { kind: 'frame', x, y, ...axisSize, title: box.title, color: box.color }, `frame:sample-axis-${i + 1}`);
    addCards(id, x, y, 2, box.notes.map((text): Card => ({ kind: 'note', text, color: 'yellow' })));
  });
  const summaryId = createItem(doc, { kind: 'frame', x: summaryX, y: restitutionY, ...summarySize, title: SUMMARY_TITLE, color: 'grey' }, 'frame:sample-summary');
  addCards(summaryId, summaryX, restitutionY, SUMMARY.length, SUMMARY.map((text): Card => ({ kind: 'note', text, color: 'pink' })));

  // The workshop day's agenda, its steps pointing at the frames where they happen (no step under way yet).
  const frames = { immersion: [immersionId], themes: themeIds, proposals: [proposalsId], experiments: [experimentsId] };
  writeAgenda(doc, workshopDayAgenda(dayFr.day.agenda.workshop, frames), undefined, SYSTEM_ORIGIN);

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
