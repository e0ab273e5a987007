/**
 * What each sample interview holds beyond its quote: the transcript of the conversation (the
 * quoted words are one sentence of it, most of what people said is never quoted) and the team's
 * notes. All invented, like the rest of the sample. Keyed like the quotes in make-sample.ts:
 * "pseudonym|date".
 *
 * The room's privacy tests (tests/sync/helpers/sample-secrets.ts) read these transcripts and
 * notes back from the sample file: they must never reach a participant.
 */
export interface Conversation {
  /** The transcript, given the quoted words (which it must contain word for word). */
  transcript: (said: string) => string;
  notes: string;
}

const lines = (...parts: string[]): string => parts.join('\n');

export const CONVERSATIONS: Record<string, Conversation> = {
  'Nadia|4 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous venez souvent au Grenier ?',
        '— Deux ou trois fois par semaine, le matin surtout, quand les petits sont à l’école. Au début c’était pour une poussette, la mienne avait rendu l’âme dans l’escalier de la résidence des Tilleuls. Après j’ai pris l’habitude. Je regarde la vaisselle, les livres pour enfants, je bois un café avec Joël s’il n’y a pas trop de monde.',
        '— Qu’est-ce qui vous fait revenir ?',
        `— C’est pas les prix, enfin pas seulement. ${said} Là-bas il faut montrer sa feuille d’imposition à une dame derrière une vitre, et tout le monde dans la file sait pourquoi on est là. Ma voisine du troisième y va, je le sais, mais on ne s’en parle jamais.`,
        '— Vous y allez encore, à l’épicerie sociale ?',
        '— Une fois par mois, quand le frigo est vraiment vide. J’y vais à l’ouverture pour croiser le moins de gens possible. Mon fils aîné croit que c’est un magasin comme un autre, et je préfère qu’il continue à le croire jusqu’à ses dix ans au moins.',
        '— Si vous pouviez changer une chose ?',
        '— Qu’on puisse prendre les colis ici, au milieu des meubles, sans que ça se voie. Ou qu’il y ait un jour où tout le monde fait ses courses au même endroit, les riches et les pas riches, sans étiquette. Je sais que ça a l’air naïf.',
      ),
    notes: lines(
      'Rencontrée au rayon puériculture, très à l’aise une fois le café servi.',
      'Évoque l’épicerie sociale avec gêne : ne pas insister, revenir dessus en fin de résidence.',
      'A proposé d’elle-même de revenir pour l’atelier du 28.',
    ),
  },
  'Joël|4 mars 2025': {
    transcript: (said) =>
      lines(
        '— Depuis quand êtes-vous bénévole ici ?',
        '— Depuis la retraite, ça fera six ans en septembre. J’ai été chauffeur de bus scolaire pendant trente ans sur la ligne de Montaubrel, alors des têtes, j’en connais. La moitié des parents qui passent la porte, je les ai transportés quand ils avaient huit ans.',
        '— Et votre rôle au Grenier ?',
        `— Sur le papier, je trie les meubles et je tiens la caisse le mercredi. En vrai, c’est autre chose. ${said} Moi je n’ai pas de formation pour ça, je fais ce que je peux : j’écoute, je note un numéro sur un bout de carton, je dis d’aller voir la mairie.`,
        '— Ça vous pèse ?',
        '— Des fois, oui. L’hiver dernier une dame m’a raconté qu’elle dormait dans sa voiture depuis trois semaines, entre deux armoires normandes. Je suis rentré chez moi et je n’ai pas dormi. On en a parlé en réunion de bénévoles mais personne ne savait quoi faire de plus que moi.',
        '— Qu’est-ce qui vous aiderait ?',
        '— Une liste à jour, déjà, avec des noms et des horaires qui marchent. Et quelqu’un du métier qui passerait ici de temps en temps, sans badge, comme s’il venait chiner lui aussi. Les gens se confient au vendeur de commode, pas à l’assistante sociale, c’est comme ça.',
      ),
    notes: lines(
      'Ancien chauffeur de car scolaire, connaît beaucoup de familles du bourg.',
      'A gardé un carnet des demandes reçues à la caisse depuis l’automne : demander s’il accepte de le montrer.',
      'Fatigue visible quand il parle des situations d’urgence.',
    ),
  },
  'Samia|5 mars 2025': {
    transcript: (said) =>
      lines(
        '— Qu’est-ce qui vous amène au Point emploi aujourd’hui ?',
        '— Ma demande de prime d’activité. Ça fait trois fois que je viens pour la même chose. La première fois la conseillère m’a fait un papier avec les étapes, je l’ai perdu. La deuxième fois l’ordinateur ne s’allumait pas.',
        '— Comment ça se passait avant ?',
        `— Avant il y avait un guichet à la sous-préfecture, on faisait la queue mais on repartait avec une réponse. ${said} Ma fille le fait pour moi quand elle rentre de Lyon, mais elle ne rentre qu’aux vacances, et entre-temps les courriers s’empilent sur le buffet.`,
        '— Vous avez un ordinateur chez vous ?',
        '— Une tablette que mon neveu m’a donnée, avec l’écran fêlé dans le coin. Pour regarder des recettes ça va. Pour les papiers il faut scanner, il faut un compte, il faut se souvenir d’un code que j’ai noté dans un carnet que je ne retrouve jamais au bon moment.',
        '— Qu’est-ce qui vous aiderait ?',
        '— Que quelqu’un me montre une bonne fois, lentement, et que je puisse refaire devant lui. Pas qu’on clique à ma place en trente secondes en disant « voilà, c’est fait ». Après je suis toujours aussi bête devant l’écran.',
      ),
    notes: lines(
      'Troisième passage pour la même démarche ; repartie sans solution ce jour-là.',
      'Très claire sur ce qu’elle attend : apprendre, pas être remplacée.',
      'Revoir le 12 mars, elle a accepté un second entretien.',
    ),
  },
  'Gérard|6 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous êtes adjoint au maire depuis longtemps ?',
        '— Deuxième mandat. Aux Noues on est quatre cent douze habitants, alors adjoint ça veut dire qu’on répare aussi la pompe de la salle des fêtes. Je m’occupe des affaires sociales et des chemins, les deux vont ensemble plus qu’on ne croit.',
        '— Qu’est-ce qui a changé ces dernières années ?',
        `— Tout est parti, un service après l’autre. La trésorerie d’abord, puis la permanence de la caisse d’allocations. ${said} Elle s’appelle Brigitte, elle a cinquante-neuf ans et elle connaît les identifiants de la moitié du village. Ce n’est pas normal, et en même temps si elle arrête, qui le fera ?`,
        '— La mairie a demandé des moyens ?',
        '— On a écrit deux fois à la communauté de communes pour une maison France services. On nous a répondu qu’il y en avait une à Montaubrel, à dix-huit kilomètres. Sans voiture, dix-huit kilomètres c’est une journée perdue, et ici beaucoup de gens âgés ne conduisent plus la nuit tombée.',
        '— Et le Point emploi ?',
        '— C’est ce qui reste. Une salle, un ordinateur, une conseillère deux demi-journées. On a mis une bouilloire et des chaises correctes, c’est déjà ça. Si votre résidence peut nous aider à le faire vivre autrement, je suis preneur.',
      ),
    notes: lines(
      'Reçus dans son bureau de mairie, fenêtre sur le parking de l’ancienne poste.',
      'Cite la secrétaire de mairie par son prénom : ne pas reprendre ce prénom dans la restitution.',
      'Demande un retour écrit avant le conseil municipal d’avril.',
    ),
  },
  'Inès|6 mars 2025': {
    transcript: (said) =>
      lines(
        '— Pouvez-vous présenter votre poste ?',
        '— Je suis conseillère en insertion à l’association Trait d’union, on couvre tout le sud du Val d’Aubrelle avec trois salariées. J’accompagne une quarantaine de personnes, surtout des femmes seules avec enfants et des jeunes sortis de l’école sans diplôme.',
        '— Avec qui travaillez-vous ?',
        `— En théorie avec tout le monde : mission locale, département, CCAS, les chantiers d’insertion. En pratique je connais bien deux personnes et les autres par mail. ${said} La dernière fois c’était un atelier couture à Saint-Aubin qui fait de la remobilisation, exactement notre public, et personne ne m’en avait parlé en quatre ans.`,
        '— Comment l’expliquez-vous ?',
        '— Chacun court après ses financements, ses indicateurs, ses bilans annuels. On remplit des tableaux pour des financeurs différents qui ne se parlent pas non plus. Se rencontrer, ça ne rentre dans aucune case, donc ça ne se fait pas, ou le soir sur notre temps.',
        '— Et pour les personnes que vous suivez ?',
        '— Elles font le tour des bureaux. Une jeune femme m’a montré sa pochette : onze rendez-vous en deux mois, avec neuf structures, et au bout du compte rien n’avait bougé pour sa garde d’enfant. Elle m’a dit qu’elle connaissait mieux nos sigles que nous.',
      ),
    notes: lines(
      'Entretien dans le local du Point emploi, interrompu deux fois par le téléphone.',
      'Propose de nous mettre en lien avec l’atelier couture de Saint-Aubin.',
      'Intéressée par une rencontre des acteurs ; prudente sur le temps que ça demande.',
    ),
  },
  'Théo|7 mars 2025': {
    transcript: (said) =>
      lines(
        '— Tu viens souvent ici ?',
        '— Le jeudi pour l’atelier vélo, et des fois le samedi quand il pleut et que je sais pas où aller. Mon daron bosse de nuit, ma mère est partie dans le Nord, alors l’appartement, c’est pas trop l’ambiance.',
        '— On t’a parlé de la mission locale ?',
        `— Trois fois. La conseillère du lycée, un éduc, et une dame à la gare. ${said} J’ai fait un CAP carrosserie, je l’ai eu, je veux juste un garage qui me prend. Eux ils veulent me faire faire un bilan, un projet, un parcours. J’ai déjà un projet, c’est réparer des bagnoles.`,
        '— Et ici, qu’est-ce qui est différent ?',
        '— Ici personne me demande rien. Le vieux qui tient l’atelier m’a montré comment dévoiler une roue sans même me demander mon prénom. La semaine d’après il m’a dit qu’un garagiste de Montaubrel cherchait quelqu’un pour l’été. C’est comme ça que j’ai eu mon premier vrai rendez-vous.',
        '— Tu veux qu’on mette ton prénom si on te cite ?',
        '— Non, vaut mieux pas. Tout le monde se connaît ici, et si ça arrive aux oreilles de mon père que je raconte nos histoires, ça va mal finir.',
      ),
    notes: lines(
      'Dix-neuf ans, rencontré à l’atelier vélo ; a demandé à ne pas être nommé (citer le profil seulement).',
      'Situation familiale fragile, père en horaires de nuit : rien de tout cela dans la restitution.',
      'Piste : un garagiste de Montaubrel prend des jeunes l’été.',
    ),
  },
  'Martine|10 mars 2025': {
    transcript: (said) =>
      lines(
        '— Comment êtes-vous devenue écrivain public ?',
        '— J’ai été secrétaire médicale pendant vingt-cinq ans, alors les formulaires, ça ne me fait pas peur. Quand le Point emploi a ouvert, la conseillère cherchait quelqu’un pour les lettres et j’ai levé la main. Je pensais écrire des lettres de motivation et des réclamations.',
        '— Et ce n’est pas ce que vous faites ?',
        `— Un peu, mais pas surtout. ${said} Le reste, c’est des comptes bloqués après trois essais, des codes envoyés sur un téléphone que la personne n’a plus, des adresses mail créées par un petit-fils et dont personne ne connaît la clé. Je passe plus de temps au téléphone avec des plateformes qu’à écrire.`,
        '— Qu’est-ce qui est le plus difficile ?',
        '— De ne pas faire à leur place. On voudrait aller vite, la file attend, alors on prend la souris. Et le mois suivant la personne revient pour la même chose. Je me le reproche souvent, mais avec quatre personnes debout derrière, on n’a pas le choix.',
        '— Qu’est-ce qu’il faudrait ?',
        '— Du temps, une imprimante qui marche, et un deuxième poste. Et des bénévoles un peu plus jeunes que moi, pour m’apprendre les nouveaux écrans de la caisse de retraite, qui changent tous les six mois.',
      ),
    notes: lines(
      'Ancienne secrétaire médicale, écrivain public le mardi depuis trois ans.',
      'Tient un cahier des motifs de visite : la majorité concerne des accès perdus aux comptes en ligne.',
      'Se reproche de « faire à la place » ; sujet sensible, l’aborder avec tact à l’atelier.',
    ),
  },
  'Karim|10 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous êtes éducateur ?',
        '— Éducateur spécialisé au service de prévention du département, secteur Montaubrel et les quatre communes autour. Je fais beaucoup de rue, le parc, la gare routière, le parking du supermarché le vendredi soir. Et je passe au Grenier parce que des jeunes y traînent.',
        '— Comment orientez-vous les jeunes que vous rencontrez ?',
        `— Mal, honnêtement. ${said} L’an dernier j’avais un classeur avec les contacts, je l’ai refait deux fois. La garantie jeunes est devenue autre chose, le contrat d’engagement, puis encore un autre nom ; les interlocuteurs partent, les permanences déménagent.`,
        '— Et les jeunes, eux, comment le vivent-ils ?',
        '— Ils décrochent au premier rendez-vous raté. Un jeune à qui on a dit « ce n’est pas ici, c’est à l’autre bâtiment » trois fois de suite ne revient pas une quatrième. Il se dit que ce n’est pas pour lui, et il a un peu raison.',
        '— Qu’est-ce qui marcherait mieux ?',
        '— Des visages plutôt que des dispositifs. Si je peux dire à un gamin « va voir Aïcha de ma part, elle est là le jeudi au Grenier », il y va. Si je lui donne une brochure, elle finit dans la poubelle de l’abribus avant que j’aie tourné le coin.',
      ),
    notes: lines(
      'Éducateur de prévention, rencontré devant l’atelier vélo.',
      'Parle de plusieurs jeunes par leur prénom : aucun de ces prénoms ne doit sortir de l’entretien.',
      'Prêt à co-animer un temps avec les jeunes pendant l’atelier.',
    ),
  },
  'Lucie|11 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous habitez loin d’ici ?',
        '— Au hameau de la Chaume, à six kilomètres des Noues. J’avais une voiture jusqu’à l’an dernier, le contrôle technique l’a condamnée, et réparer coûtait plus cher qu’elle ne valait. Depuis je fais tout à pied, en stop, ou avec la voisine quand elle va au marché.',
        '— Comment faites-vous pour vos rendez-vous ?',
        `— Je m’organise à la semaine, comme une expédition. ${said} La dernière fois j’ai demandé à décaler, on m’a répondu que le prochain créneau était dans cinq semaines. Alors j’ai fait du stop, un monsieur m’a déposée, et je suis arrivée avec vingt minutes de retard : rendez-vous annulé quand même.`,
        '— Vous en avez parlé à quelqu’un ?',
        '— À la conseillère, ici. Elle a été gentille, elle a noté que je n’avais pas de transport. Mais la note, elle reste dans son ordinateur, pas dans celui de l’agence de Montaubrel. Chaque fois je réexplique tout depuis le début, la voiture, le hameau, le car.',
        '— Qu’est-ce qui changerait les choses ?',
        '— Des rendez-vous par téléphone, ou ici aux Noues un jour fixe. Ou un car le midi. Je ne demande pas la lune, juste que les horaires tiennent compte de ceux qui n’ont pas de voiture, et on est nombreux dans ce cas-là.',
      ),
    notes: lines(
      'Vit au hameau de la Chaume, sans voiture depuis un an.',
      'Rendez-vous annulé pour vingt minutes de retard : dossier en attente depuis.',
      'Demande que l’on transmette la question des horaires du car à la communauté de communes.',
    ),
  },
  'Françoise|12 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous avez soutenu la création du Grenier ?',
        '— Dès le début, en 2019. On avait un local vide sur la place, l’ancienne quincaillerie Berthelot, et une association qui voulait faire une ressourcerie. Au conseil municipal certains voulaient en faire un lieu « d’aide aux personnes en difficulté », avec un panneau et un logo du département.',
        '— Et vous n’étiez pas d’accord ?',
        `— Pas du tout, et je me suis un peu fâchée ce soir-là. ${said} Les gens viennent acheter une lampe, ils restent parce qu’il fait chaud et que quelqu’un leur dit bonjour. Si on avait mis un panneau « solidarité », on aurait eu les mêmes dix personnes que partout ailleurs.`,
        '— Qu’est-ce que la commune pourrait faire de plus ?',
        '— Y greffer des choses sans le transformer. Une permanence, pourquoi pas, mais dans le coin des livres, sans bureau, sans file d’attente. Le jour où on installe un guichet dans une boutique, on tue la boutique. J’ai vu ça ailleurs et je ne veux pas le revoir ici.',
        '— Vous avez des craintes ?',
        '— Le budget, toujours. Et que la prochaine équipe municipale veuille le local pour autre chose. Il faudrait que ce lieu appartienne un peu à tout le monde pour qu’on ne puisse plus le fermer sans faire de bruit.',
      ),
    notes: lines(
      'Élue à Montaubrel, a porté le projet du Grenier au conseil municipal.',
      'Rappelle le débat de 2019 sur le panneau « solidarité » : un argument fort pour la proposition 4.',
      'Inquiète pour l’avenir du local après les élections.',
    ),
  },
  'Yann|13 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous êtes inscrit ici depuis longtemps ?',
        '— Depuis janvier. Je faisais de la maintenance dans une usine d’emballage à Saint-Aubin, ils ont fermé la ligne de nuit. Trente-deux ans de métier et du jour au lendemain je suis « demandeur », comme ils disent. Je ne m’y fais pas.',
        '— Comment se passent vos démarches ?',
        `— Tout passe par le téléphone maintenant, les convocations, les codes, les relances. ${said} J’ai rappelé la plateforme, quarante minutes d’attente avec la musique, pour m’entendre dire qu’il fallait faire un courrier. Un courrier, alors qu’ils m’avaient convoqué par SMS.`,
        '— Vous avez pu rétablir votre dossier ?',
        '— Au bout de cinq semaines, grâce à la conseillère d’ici qui a envoyé un mail à quelqu’un qu’elle connaît. Sans elle j’y serais encore. En attendant j’ai vécu sur le livret de ma femme, et ça, ça m’a coûté plus que l’argent.',
        '— Qu’est-ce que vous diriez aux gens qui conçoivent ces services ?',
        '— Qu’un forfait à dix euros ça s’arrête le vingt du mois quand on surveille ses dépenses. Qu’on ne devrait pas perdre ses droits pour un message qu’on n’a pas pu lire. Et qu’il faut toujours une porte où frapper, avec quelqu’un derrière.',
      ),
    notes: lines(
      'Technicien de maintenance licencié en janvier, très en colère contre la plateforme.',
      'Droits suspendus cinq semaines pour un SMS non reçu ; rétablis par un contact de la conseillère.',
      'Ne veut pas que sa femme soit mentionnée.',
    ),
  },
  'Aïcha|13 mars 2025': {
    transcript: (said) =>
      lines(
        '— Quel est votre métier ?',
        '— Assistante sociale de secteur pour le département, et depuis septembre je tiens une permanence le jeudi matin au Grenier, à titre d’essai. Personne ne savait trop si ça marcherait, moi la première.',
        '— Et alors, ça marche ?',
        '— Pas comme prévu. Très peu de gens viennent pour ouvrir un dossier. Ils viennent avec une question de travers, une facture qu’ils ne comprennent pas, un courrier du bailleur. Je ne suis pas toujours la bonne personne, mais je sais souvent qui l’est.',
        '— C’est ce qui manque, selon vous ?',
        `— Oui, je crois que c’est le cœur du sujet. ${said} Quelqu’un qui connaît les visages des autres services, qui peut décrocher son téléphone et dire « je vous envoie madame, elle arrive ». Ça, aucun annuaire ne le fait, aucune plateforme non plus.`,
        '— Et le jeudi matin, qu’est-ce qui vous surprend encore ?',
        '— Que les gens reviennent me dire merci pour une chose qui m’a pris cinq minutes. Et que mes collègues du centre médico-social me demandent ce que je fais « là-bas au milieu des meubles ». Je leur dis de venir voir. Aucune n’est encore venue.',
      ),
    notes: lines(
      'Assistante sociale de secteur, permanence d’essai au Grenier le jeudi matin depuis septembre.',
      'Peu d’ouvertures de dossier, beaucoup d’orientations : chiffres à demander pour la restitution.',
      'Ses collègues du centre médico-social sont sceptiques ; en inviter une à l’atelier.',
    ),
  },
  'Théo|13 mars 2025': {
    transcript: (said) =>
      lines(
        '— On se revoit pour parler du nom du lieu : tu en penses quoi ?',
        `— Franchement c’est le plus important. ${said} Le mot qui est sur la porte, c’est ce que les autres vont dire de toi quand ils te voient entrer. Pour nous à cet âge, c’est ça qui compte, plus que ce qu’il y a dedans.`,
        '— Et si le lieu proposait aussi de l’aide pour trouver du travail ?',
        '— Ça peut, mais pas écrit en gros. Le garagiste, je l’ai trouvé en démontant un dérailleur, pas en remplissant un CV. Si le vieux de l’atelier peut faire ça pour d’autres, c’est gagné, mais faut pas que ça devienne un bureau avec une file d’attente.',
        '— Tu viendrais à l’atelier de fin de résidence ?',
        '— Si c’est au Grenier et pas à la mairie, peut-être. J’emmènerai le petit Kevin de mon immeuble, il est bon en mécanique et il est toujours tout seul au parc. Mais je parlerai pas devant tout le monde, je vous préviens.',
        '— Tu as commencé au garage ?',
        '— Lundi dernier, à l’essai jusqu’en juin. Le patron est dur mais il explique. Pour la première fois depuis le CAP, je me lève le matin sans me demander ce que je vais faire de ma journée.',
      ),
    notes: lines(
      'Second entretien, anonyme comme le premier : citer « un usager de 18–25 ans ».',
      'A commencé un essai dans un garage lundi dernier.',
      'Cite un enfant de son immeuble par son prénom : ne jamais le reprendre.',
    ),
  },
  'Samia|12 mars 2025': {
    transcript: (said) =>
      lines(
        '— La dernière fois, vous parliez de votre prime d’activité. Où en êtes-vous ?',
        '— C’est fait, enfin ! Martine m’a aidée mardi. Mais je lui ai demandé de ne pas toucher la souris, de me dire seulement où cliquer, et ça a pris une heure au lieu de dix minutes. Je crois qu’elle a eu du mal à se retenir.',
        '— Pourquoi vouloir le faire vous-même ?',
        `— Parce que dans trois mois il faudra refaire la déclaration trimestrielle, et je veux pas revenir pleurer. ${said} La première fois je comprends rien, la deuxième je comprends à moitié, la troisième je peux montrer à ma sœur.`,
        '— Vous parlez de votre sœur ?',
        '— Elle est arrivée du Maroc il y a deux ans et elle lit mal le français. Elle a encore plus peur que moi des écrans. Si j’apprends, je lui apprends, c’est comme ça dans la famille, on se passe les choses.',
        '— Et un café numérique le mardi, ça vous parlerait ?',
        '— Un café, oui, pas un cours. Avec les mêmes gens chaque fois, pour qu’on n’ait pas honte de reposer la même question. Et des biscuits, sinon personne ne vient, vous le savez bien.',
      ),
    notes: lines(
      'Second entretien : démarche aboutie avec Martine, en faisant elle-même.',
      'Veut transmettre à sa sœur, arrivée récemment ; ne rien dire de la sœur en atelier.',
      'Enthousiaste pour un café numérique régulier, « pas un cours ».',
    ),
  },
  'Inès|14 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous avez rencontré l’atelier couture de Saint-Aubin ?',
        `— Oui, mardi, grâce au contact que vous m’avez passé. ${said} Elle s’appelle Odile, elle accueille des femmes que je suis aussi, et on ne le savait ni l’une ni l’autre. On a passé deux heures à croiser nos listes sans donner de noms, juste des situations.`,
        '— Qu’est-ce que vous en retenez ?',
        '— Qu’il ne manque pas de moyens, pas seulement. Il manque des occasions de se voir. Un café de trente minutes a fait plus pour deux femmes que j’accompagne que six mois de mails avec le département. C’est un peu vexant, à vrai dire.',
        '— Une rencontre des acteurs chaque trimestre, vous y viendriez ?',
        '— À condition qu’elle tourne : chez nous, chez Odile, au Grenier, à la mairie des Noues. Si c’est toujours dans une salle du département à Montaubrel, on aura les mêmes chefs de service et aucun des bénévoles. Et qu’il y ait une carte, quelque chose de simple sur un mur.',
        '— Qui la tiendrait à jour ?',
        '— Chacun sa ligne, et une personne pour relancer. Pas un logiciel de plus, je vous en supplie, on en a déjà quatre. Une feuille partagée, une affiche qu’on met à jour à chaque rencontre, ce serait déjà une révolution.',
      ),
    notes: lines(
      'Troisième contact : la rencontre avec l’atelier couture de Saint-Aubin a eu lieu.',
      'Cite la responsable de l’atelier couture par son prénom : ne pas le reprendre.',
      'Propose d’accueillir la première rencontre trimestrielle dans ses locaux.',
    ),
  },
  'Rose|11 mars 2025': {
    transcript: (said) =>
      lines(
        '— Vous êtes d’accord pour qu’on discute un moment ?',
        '— Discuter oui, mais vous ne mettez pas mon nom, et vous ne répétez pas ce que je vous dis, hein. Mon mari travaille à la communauté de communes, tout le monde le connaît, et je ne veux pas d’histoires pour lui.',
        '— C’est entendu. Comment s’est passée votre démarche ?',
        `— Mal. Je suis allée à Montaubrel pour mon dossier de logement. ${said} Elle m’a dit « vous comprenez, madame, c’est simple » trois fois, en parlant très fort, alors que j’ai un bac et que j’ai été comptable dans une coopérative agricole pendant quinze ans.`,
        '— Vous y êtes retournée ?',
        '— Non. J’ai fait faire le dossier par ma belle-sœur, qui travaille dans une agence immobilière à Saint-Aubin. Je préfère devoir quelque chose à la famille que retourner devant ce guichet. Mais tout le monde n’a pas une belle-sœur dans l’immobilier.',
        '— Qu’est-ce qui aurait dû se passer ?',
        '— Qu’on me parle comme à une adulte, tout simplement. Et qu’on ne soit pas obligé d’aller à Montaubrel pour un papier. Ici au Point emploi, au moins, on est assis, et la conseillère vous regarde quand elle vous parle.',
      ),
    notes: lines(
      'Accepte l’entretien mais refuse toute citation : rien de ses mots sur le tableau ni en atelier.',
      'Son mari travaille à la communauté de communes ; reconnaissable dans le village, prudence totale.',
      'Ancienne comptable de coopérative agricole ; dossier logement fait par un proche.',
    ),
  },
};
