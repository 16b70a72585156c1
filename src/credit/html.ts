/**
 * The credit line as an HTML string, for the page the build writes (the masthead before any script).
 * The same markup as CreditLine.svelte, so the app's header replaces it without a jump.
 */
import { escapeXml } from '../map/svg/escape';
import { CREDIT_SEPARATOR, type CreditLine } from './credit';
import { creditWords } from './words';

export function creditHtml(line: CreditLine): string {
  const colon = escapeXml(creditWords[line.lang].colon);
  const parts = line.parts.map((part) => {
    const words = escapeXml(part.words);
    const head = part.href ? `<a href="${escapeXml(part.href)}" target="_blank" rel="noopener noreferrer">${words}</a>` : words;
    const value = part.value ? `${colon}<bdi${part.value.lang ? ` lang="${part.value.lang}"` : ''}>${escapeXml(part.value.text)}</bdi>` : '';
    return `<span class="credit-part" data-credit="${part.key}">${head}${value}</span>`;
  });
  return `<p class="credit" data-testid="credit" lang="${line.lang}" dir="${line.dir}">${parts.join(`<span class="credit-sep" aria-hidden="true">${CREDIT_SEPARATOR}</span>`)}</p>`;
}
