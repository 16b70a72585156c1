/**
 * Direction controls in text the team wrote. An unclosed RIGHT-TO-LEFT OVERRIDE
 * (U+202E) in a unit turns "killed" into "dellik" wherever the string is shown,
 * so the validator refuses embeddings, overrides and isolates in team-written
 * strings; the views isolate every story string anyway. Marks (LRM, RLM, ALM)
 * close nothing and stay allowed. Text quoted from the article is the article's
 * own and is never checked here: it must match the archived bytes.
 */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/** In JSON text, a control written as itself or as a \u escape. */
const CONTROLS_IN_JSON = /[\u202A-\u202E\u2066-\u2069]|\\u(?:202[a-e]|206[6-9])/i;

/** False when the JSON text holds no direction control at all: the usual case, found without walking the value. */
export function mayHoldBidiControls(jsonText: string): boolean {
  return CONTROLS_IN_JSON.test(jsonText);
}

const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

export interface BidiControl {
  /** Keys and indexes from the root to the string. */
  path: (string | number)[];
  /** e.g. "U+202E RIGHT-TO-LEFT OVERRIDE". */
  control: string;
}

/** Paths, relative to a fact, whose strings are quoted from the article. */
const ARTICLE_WORDS = new Set(['target.selector.0.exact', 'target.selector.0.prefix', 'target.selector.0.suffix', 'quantity.text', 'time.stated']);

const quotedFromArticle = (path: readonly (string | number)[]) =>
  path[0] === 'facts' && ARTICLE_WORDS.has(path.slice(2).join('.'));

/** Every team-written string in a parsed story.json or facts.json that holds a direction control. */
export function findBidiControls(value: unknown, path: (string | number)[] = []): BidiControl[] {
  if (typeof value === 'string') {
    const match = CONTROLS.exec(value);
    if (!match || quotedFromArticle(path)) return [];
    const char = match[0];
    return [{ path, control: `U+${char.codePointAt(0)!.toString(16).toUpperCase()} ${NAMES[char]}` }];
  }
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  return entries.flatMap(([key, item]) => findBidiControls(item, [...path, key]));
}
