/**
 * @module analyze/quotes/cues
 *
 * The words of news attribution: the verbs that introduce speech ("said",
 * "told CNN", "wrote on Telegram"), the nouns that carry a claim ("Le
 * Monde's claims that"), and the words that stand for a speaker without
 * naming one (pronouns, "an administration official"). Lexicons, not a
 * model: the cue vocabulary of news is small and stable, and PolNeAR's
 * cues are mostly these words (docs/quotes.md gives the figures).
 */

/** Speech and report verbs, every inflection news uses, lower-cased. */
const SPEECH_VERBS = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'state', 'states', 'stated', 'stating',
  'claim', 'claims', 'claimed', 'claiming',
  'report', 'reports', 'reported', 'reporting',
  'admit', 'admits', 'admitted', 'admitting',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'warn', 'warns', 'warned', 'warning',
  'argue', 'argues', 'argued', 'arguing',
  'reveal', 'reveals', 'revealed', 'revealing',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'agree', 'agrees', 'agreed',
  'conclude', 'concludes', 'concluded',
  'note', 'notes', 'noted', 'noting',
  'add', 'adds', 'added', 'adding',
  'announce', 'announces', 'announced', 'announcing',
  'insist', 'insists', 'insisted', 'insisting',
  'deny', 'denies', 'denied', 'denying',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'explain', 'explains', 'explained', 'explaining',
  'write', 'writes', 'wrote', 'writing',
  'assert', 'asserts', 'asserted',
  'allege', 'alleges', 'alleged',
  'pledge', 'pledges', 'pledged',
  'vow', 'vows', 'vowed',
  'promise', 'promises', 'promised',
  'predict', 'predicts', 'predicted',
  'estimate', 'estimates', 'estimated',
  'threaten', 'threatens', 'threatened', 'threatening',
  'declare', 'declares', 'declared',
  'maintain', 'maintains', 'maintained',
  'contend', 'contends', 'contended',
  'recall', 'recalls', 'recalled',
  'remark', 'remarks', 'remarked',
  'tweet', 'tweets', 'tweeted',
  'post', 'posts', 'posted',
  'reiterate', 'reiterates', 'reiterated',
  'stress', 'stresses', 'stressed',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised',
  'indicate', 'indicates', 'indicated',
  'hint', 'hints', 'hinted',
  'boast', 'boasts', 'boasted',
  'complain', 'complains', 'complained',
  'accept', 'accepts', 'accepted',
  'concede', 'concedes', 'conceded',
  'assure', 'assures', 'assured',
  'inform', 'informs', 'informed',
  'urge', 'urges', 'urged',
  'ask', 'asks', 'asked',
  'reply', 'replies', 'replied',
  'respond', 'responds', 'responded',
  'answer', 'answers', 'answered',
  'continue', 'continued', 'continues',
  'quip', 'quipped', 'joke', 'joked',
  'exclaim', 'exclaimed', 'shout', 'shouted',
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing',
];
export const SPEECH_VERB = new Set(SPEECH_VERBS);

/** Verbs whose object is the hearer, not the content: "told CNN that", "assured allies that". */
export const HEARER_VERB = new Set(['tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'inform', 'informs', 'informed', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked', 'warn', 'warns', 'warned', 'warning', 'remind', 'reminded']);

/** Verbs that introduce a direct quote but not a reported clause of their own ("he continued: “…”"). */
export const DIRECT_ONLY_VERB = new Set(['continue', 'continued', 'continues', 'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'answer', 'answers', 'answered', 'quip', 'quipped', 'joke', 'joked', 'exclaim', 'exclaimed', 'shout', 'shouted', 'ask', 'asks', 'asked', 'urge', 'urges', 'urged', 'post', 'posts', 'posted', 'tweet', 'tweets', 'tweeted', 'accept', 'accepts', 'accepted', 'recall', 'recalls', 'recalled', 'remark', 'remarks', 'remarked', 'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing']);

/** Nouns that carry a reported claim: "Le Monde's claims that…", "pledges from the US that…". */
export const CLAIM_NOUN = new Set([
  'claim', 'claims', 'statement', 'statements', 'assertion', 'assertions', 'warning', 'warnings', 'pledge', 'pledges',
  'promise', 'promises', 'assurance', 'assurances', 'insistence', 'allegation', 'allegations', 'announcement', 'admission',
  'argument', 'suggestion', 'threat', 'threats', 'report', 'reports', 'accusation', 'accusations', 'denial', 'vow', 'vows',
]);

/** Adverbs and auxiliaries between a subject and its speech verb ("has always argued", "never tires of citing"). */
export const SUBJECT_FILLERS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'could', 'also', 'always', 'recently', 'later', 'earlier', 'again', 'publicly', 'repeatedly', 'once', 'now', 'then', 'previously', 'reportedly', 'already', 'often', 'even', 'just', 'further', 'himself', 'herself', 'itself', 'themselves', 'openly', 'privately', 'flatly', 'quickly', 'finally', 'first']);

/** Pronouns that may stand for a speaker, by what they can refer to. */
export const PERSON_PRONOUN = new Set(['he', 'she']);
export const GROUP_PRONOUN = new Set(['they', 'it']);

/**
 * Heads of descriptions that stand for an unnamed speaker ("an administration
 * official", "one Ukrainian officer", "a resident"): the quote keeps the
 * description and has no speaker.
 */
export const ANONYMOUS_HEAD = new Set([
  'official', 'officials', 'source', 'sources', 'resident', 'residents', 'officer', 'officers', 'soldier', 'soldiers',
  'analyst', 'analysts', 'expert', 'experts', 'diplomat', 'diplomats', 'aide', 'aides', 'spokesman', 'spokeswoman',
  'spokesperson', 'person', 'people', 'man', 'woman', 'witness', 'witnesses', 'commander', 'commanders', 'observer',
  'observers', 'critic', 'critics', 'supporter', 'supporters', 'lawmaker', 'lawmakers', 'legislator', 'legislators',
  'another', 'others', 'one', 'someone', 'somebody', 'insider', 'insiders', 'adviser', 'advisers', 'advisor', 'advisors',
  'staffer', 'staffers', 'member', 'members', 'volunteer', 'volunteers', 'civilian', 'civilians', 'villager', 'villagers',
  'fighter', 'fighters', 'doctor', 'doctors', 'nurse', 'worker', 'workers', 'mother', 'father', 'veteran', 'veterans',
  'journalist', 'journalists', 'reporter', 'reporters', 'correspondent', 'military', 'intelligence', 'researcher', 'researchers',
  'powers', 'countries', 'allies', 'governments', 'leaders', 'nations', 'partners', 'donors', 'reports', 'rumors', 'rumours',
]);

/** Descriptions that stand for the last outlet quoted: "the report said", "the daily wrote". */
export const OUTLET_DESCRIPTION = new Set(['report', 'paper', 'newspaper', 'daily', 'outlet', 'agency', 'newsletter', 'magazine', 'channel', 'broadcaster', 'site', 'website', 'publication', 'post', 'article', 'study', 'survey', 'poll', 'assessment', 'analysis']);
