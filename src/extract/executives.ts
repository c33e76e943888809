/** Executives the news names instead of their companies ("Altman's company" → OpenAI). */

export interface Executive {
  /** Full name as usually written: "Sam Altman". */
  readonly name: string;
  /** The company id (gazetteer slug) the person speaks for. */
  readonly company: string;
  /** True when the surname alone is safe to match ("Altman"; not "Son", "Su", "Tan"). */
  readonly distinctiveSurname: boolean;
}

const x = (name: string, company: string, distinctiveSurname = true): Executive => ({ name, company, distinctiveSurname });

/** A small built-in table; a document can add links of its own ("OpenAI CEO Sam Altman"). */
export const BUILT_IN_EXECUTIVES: readonly Executive[] = [
  x('Sam Altman', 'openai'), x('Greg Brockman', 'openai'), x('Sarah Friar', 'openai'),
  x('Dario Amodei', 'anthropic'), x('Daniela Amodei', 'anthropic', false),
  x('Jensen Huang', 'nvidia'), x('Colette Kress', 'nvidia'),
  x('Satya Nadella', 'microsoft'), x('Brad Smith', 'microsoft', false), x('Kevin Scott', 'microsoft', false),
  x('Amy Hood', 'microsoft', false), x('Mustafa Suleyman', 'microsoft'),
  x('Larry Ellison', 'oracle'), x('Safra Catz', 'oracle'), x('Clay Magouyrk', 'oracle'), x('Mike Sicilia', 'oracle'),
  x('Lisa Su', 'amd', false),
  x('Andy Jassy', 'amazon'), x('Matt Garman', 'aws'),
  x('Sundar Pichai', 'alphabet'), x('Thomas Kurian', 'google-cloud'), x('Demis Hassabis', 'google'),
  x('Mark Zuckerberg', 'meta'),
  x('Elon Musk', 'xai'),
  x('Masayoshi Son', 'softbank', false),
  x('Hock Tan', 'broadcom', false),
  x('Michael Intrator', 'coreweave'),
  x('Arthur Mensch', 'mistral-ai'),
  x('Lip-Bu Tan', 'intel', false), x('Pat Gelsinger', 'intel'),
  x('Tim Cook', 'apple', false),
  x('Michael Dell', 'dell', false),
  x('Marc Benioff', 'salesforce'),
  x('Arkady Volozh', 'nebius'),
  x('Larry Fink', 'blackrock', false),
  x('Josh Kushner', 'thrive-capital'),
];
