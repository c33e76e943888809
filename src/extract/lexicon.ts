/** Word lists shared by the extraction steps: prepositions, clause openers, descriptors, non-names. */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that make the noun phrase after them oblique. */
export const PREPOSITIONS = set(`
  in into from with to of by on for at about than including between among like versus vs against over under
  toward towards behind through via per across alongside beyond outside within without beside besides upon onto
  amid despite except`);

/** Words after which a noun phrase starts a clause, so it is likely a subject. */
export const CLAUSE_OPENERS = set(`
  , and or but ; : ( " ' - that which who while whereas after before as because when if though although since
  so then also where said says say announced announces added adds noted notes reported reports told confirmed
  confirms stated states wrote writes believes believe expects expect thinks think hopes hope argued claimed warned
  estimated estimates predicted predicts insisted revealed disclosed explained meanwhile however why whether once until
  unless`);

/** Lower-case words that can stand in a noun phrase before a name ("rival AI developer Anthropic"). */
export const DESCRIPTOR_WORDS = set(`
  rival rivals startup start-up ai artificial intelligence cloud provider providers developer developers chipmaker
  chipmakers chip chips maker makers designer company companies firm firms lab labs giant giants software tech
  technology fellow partner partners customer investor investors neocloud data center centre operator infrastructure
  gpu computing compute server search social media e-commerce semiconductor equipment investment group conglomerate
  sovereign wealth fund funds state backed based owned led private equity venture capital lender bank fintech
  robotics energy power utility internet chatbot hyperscaler hyperscalers cloud-computing cloud-services
  supplier manufacturer builder creator peer competitor specialist mobile carrier telecom telecoms operator
  asset manager management bitcoin crypto mining miner miners`);

/** Capitalised words that describe rather than name ("French", "AI", "U.S."). */
export const NAME_ADJECTIVES = set(`
  AI US U.S UK French German British Japanese Chinese Korean Taiwanese Indian Israeli Canadian European American
  Emirati Saudi Dutch Swiss Abu Dhabi Silicon Valley San Francisco Tokyo-based Paris-based Nasdaq-listed NYSE-listed`);

/** Nouns a company name modifies ("OpenAI models", "the Amazon investment"). */
export const MODIFIED_NOUNS = set(`
  investment investments deal deals chips chip models model shares stock stake equity funding round servers gpus
  products product technology technologies spokesperson spokeswoman spokesman executive executives board investor
  investors backer partner rival customer customers supplier chief ceo cofounder founder co-founder president boss
  shareholders shareholder users employees agreement contract partnership venture unit subsidiary division
  platform platforms software services service tools api apis data cloud capacity processors accelerators
  ecosystem offerings engineers researchers staff team teams stores store account accounts graphics systems
  hardware infrastructure sale sales purchase purchases`);

/** Capitalised words that are not company names (sentence starters, months, days, places, titles). */
export const NOT_NAMES = set(`
  The A An This That These Those It Its In On At For From With By As But And Or If When While After Before Under Over
  He She They We I You Our Their His Her Some Many Most All Both Neither Either Each Other Another Such
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
  October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Q1 Q2 Q3 Q4 H1 H2
  CEO CFO CTO Chief Executive President Chairman Founder Prime Minister Secretary Senator Governor Mr Mrs Ms Dr
  United States America Americas Europe Asia Africa China Japan India Korea Taiwan Germany France Britain England UK US
  U.S Texas California Ohio Arizona Virginia Wisconsin Michigan Georgia Tennessee Louisiana Nevada Oregon Washington
  New York Abilene Tokyo London Paris Beijing Shanghai Singapore Dubai Abu Dhabi Riyadh Saudi Arabia Norway Sweden
  Canada Australia Brazil Mexico Israel Ireland Netherlands Spain Italy Switzerland UAE Emirates Qatar Kuwait Malaysia
  Indonesia Vietnam Thailand Korea South North East West Silicon Valley San Francisco Seattle Redmond Mountain View
  Street Wall Nasdaq NYSE Dow S&P Fed Federal Reserve Congress White House Senate Commission Treasury
  AI GPU GPUs TPU TPUs IPO LLM LLMs API Here There What Why How Who Where Which Last Next Earlier Later Also However
  Meanwhile Still Yet Now Today Tomorrow Yesterday Sources People Analysts Investors Shares Details Context`);
