/**
 * Facts as a W3C Web Annotation collection (JSON-LD): one Annotation per
 * fact, targeting its exact quote in the archived article by text and by
 * code-point position, with the team's summaries as describing bodies.
 *
 * No "created" or "creator": the story records neither honestly.
 */
import { formatAmount } from '../model/format';
import type { Fact, Qualifier } from '../model/schema';
import type { StoryModel } from '../model/story';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The namespace of the few terms the W3C vocabulary lacks (a figure's bounds
 * and qualifier). A URN, because the project has no published vocabulary URL;
 * terms expand to e.g. urn:isnad:vocab:min.
 */
export const ISNAD_VOCABULARY = 'urn:isnad:vocab:';

/** The W3C context first, then the isnad terms: unit and amount are language maps. */
export const ANNOTATION_CONTEXT = [
  WEB_ANNOTATION_CONTEXT,
  {
    isnad: ISNAD_VOCABULARY,
    'isnad:unit': { '@container': '@language' },
    'isnad:amount': { '@container': '@language' },
  },
] as const;

export interface AnnotationExportOptions {
  /**
   * The absolute URL the archived article.txt is served from, without a
   * fragment: the selectors count code points in exactly that text.
   */
  articleUrl: string;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  language?: string;
  format: 'text/plain';
  purpose: 'describing' | 'tagging';
}

/** A fact's figure, machine-readable; null bounds are open (JSON-LD drops nulls). */
export interface QuantityBody {
  type: 'isnad:Quantity';
  'isnad:min': number | null;
  'isnad:max': number | null;
  'isnad:qualifier': Qualifier;
  /** The article's words for the figure. */
  'isnad:text': string;
  'isnad:unit': { en: string; ar: string };
  'isnad:amount': { en: string; ar: string };
}

export type AnnotationBody = TextualBody | QuantityBody;

export interface AnnotationTarget {
  type: 'SpecificResource';
  source: string;
  /** The publisher's page the archived text was taken from, when known. */
  scope?: string;
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ];
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: AnnotationBody[];
  target: AnnotationTarget;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function factsToAnnotations(model: StoryModel, { articleUrl }: AnnotationExportOptions): AnnotationCollection {
  if (articleUrl.includes('#')) throw new Error(`articleUrl must not have a fragment: ${articleUrl}`);
  const items = model.facts.map((fact) => factAnnotation(fact, articleUrl, model.story.article.url));
  return {
    '@context': ANNOTATION_CONTEXT,
    // Ids are fragments of the article URL: stable, and unique per story without a server of our own.
    id: `${articleUrl}#facts`,
    type: 'AnnotationCollection',
    label: model.story.title.en,
    total: items.length,
    first: { id: `${articleUrl}#facts-page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function factAnnotation(fact: Fact, articleUrl: string, publisherUrl?: string): WebAnnotation {
  const quantity = quantityBody(fact);
  return {
    id: `${articleUrl}#fact=${fact.id}`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      describing(fact.summary.en, 'en'),
      describing(fact.summary.ar, 'ar'),
      { type: 'TextualBody', value: `${fact.category}/${fact.kind}`, format: 'text/plain', purpose: 'tagging' },
      ...(quantity ? [quantity] : []),
    ],
    target: factTarget(fact, articleUrl, publisherUrl),
  };
}

function describing(value: string, language: string): TextualBody {
  return { type: 'TextualBody', value, language, format: 'text/plain', purpose: 'describing' };
}

function quantityBody({ quantity }: Fact): QuantityBody | null {
  if (!quantity) return null;
  return {
    type: 'isnad:Quantity',
    'isnad:min': quantity.min,
    'isnad:max': quantity.max,
    'isnad:qualifier': quantity.qualifier,
    'isnad:text': quantity.text,
    'isnad:unit': { en: quantity.unit.en, ar: quantity.unit.ar },
    'isnad:amount': { en: formatAmount(quantity, 'en'), ar: formatAmount(quantity, 'ar') },
  };
}

function factTarget(fact: Fact, articleUrl: string, publisherUrl: string | undefined): AnnotationTarget {
  const [quote, position] = fact.target.selector;
  return {
    type: 'SpecificResource',
    source: articleUrl,
    ...(publisherUrl ? { scope: publisherUrl } : {}),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}
