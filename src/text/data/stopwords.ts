// English function words: never the content of a keyphrase, and ignored when
// sentences are compared. Lower-case; contractions are listed whole, with the
// straight apostrophe: their curly forms are made from them (see STOPWORDS).
import { withCurlyApostrophes, words } from './words.js';

const LISTED = words(`
  # articles, determiners, quantifiers
  a an the this that these those some any each every either neither both all no none such
  own same other another much many more most few fewer less least several enough
  # pronouns
  i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself
  she her hers herself it its itself they them their theirs themselves one ones oneself
  who whom whose which what whatever whoever whichever
  # prepositions
  about above across after against along amid amidst among amongst around as at before behind below beneath
  beside besides between beyond by despite down during except for from in inside into like near of off
  on onto out outside over past per since than through throughout till to toward towards under
  underneath unlike until up upon via with within without
  # conjunctions
  and but or nor so yet if then else because although though while whilst whereas whereby albeit unless whether
  # auxiliaries and very common verbs
  am is are was were be been being do does did doing done have has had having
  can could may might must shall should will would ought
  # adverbs and other function words
  not no yes very too also just only even still already again ever never always often sometimes
  here there where when why how now then thus hence however therefore moreover meanwhile
  quite rather almost perhaps maybe
  # contractions, with the straight apostrophe (the curly forms are made from these)
  i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd she'll it's it'd it'll
  we're we've we'd we'll they're they've they'd they'll that's there's here's what's who's
  isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't won't wouldn't can't
  couldn't shouldn't mustn't let's
`);

/**
 * English function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries, common adverbs, contractions), lower-case. Every contraction
 * is in with both apostrophes, the straight one and the typographer's
 * (U+2019: "they’d", "hadn’t"), the second made from the first so the two
 * never drift apart.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(withCurlyApostrophes(LISTED));
