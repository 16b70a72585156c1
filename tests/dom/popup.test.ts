/** The popup and article panel as components (jsdom): what a reader and a screen reader get. */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RegionPopup from '../../src/popup/RegionPopup.svelte';
import ArticlePanel from '../../src/article/ArticlePanel.svelte';
import { popupView, type PopupView } from '../../src/popup/popup-model';
import { FIRST_STORY, loadModel, realRegions } from '../helpers/stories';

const model = await loadModel(FIRST_STORY, realRegions());
let mounted: Record<string, unknown> | null = null;

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.replaceChildren();
});

function renderPopup(region: string, lang: 'en' | 'ar' = 'en', overrides: { view?: PopupView } = {}) {
  const view = popupView(model, region, lang)!;
  const props = { view, lang, focusFact: null, onclose: vi.fn(), onshowsentence: vi.fn(), onshowfact: vi.fn(), ...overrides };
  mounted = mount(RegionPopup, { target: document.body, props });
  flushSync();
  return { dialog: document.querySelector<HTMLElement>('[role="dialog"]')!, props };
}

describe('RegionPopup', () => {
  it('is a dialog labelled by the region name', () => {
    const { dialog } = renderPopup('idlib');
    const label = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toContain('Idlib');
    expect(label?.textContent).toContain('إدلب');
  });

  it('draws only the casualty totals in the death-toll red (not "thousands displaced")', () => {
    const { dialog } = renderPopup('idlib');
    const totals = [...dialog.querySelectorAll('[data-testid="headline-figures"] strong')].map((s) => [s.textContent, s.classList.contains('casualty')]);
    expect(totals).toContainEqual(['at least 54', true]);
    expect(totals).toContainEqual(['thousands', false]);
  });

  it('puts casualties and displacement first, figures in words', () => {
    const { dialog } = renderPopup('idlib');
    const groups = [...dialog.querySelectorAll('section.group h3')].map((h) => h.textContent);
    expect(groups.slice(0, 2)).toEqual(['Casualties', 'Displacement']);
    expect(dialog.textContent).toContain('at least 54');
    expect(dialog.textContent).toContain('thousands');
    expect(dialog.textContent).not.toContain('2,000');
  });

  it('marks the quote inside an RTL Arabic sentence and labels the translation', () => {
    const { dialog } = renderPopup('idlib');
    const fact = dialog.querySelector('[data-fact="killed-54-idlib"]')!;
    const quote = fact.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).toBe('ar');
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.querySelector('mark')?.textContent).toBe('قُتل 54 جندياً تركياً على الأقل في إدلب منذ بداية فبراير');
    expect(fact.querySelector('.translation')?.getAttribute('lang')).toBe('en');
    expect(fact.textContent).toContain('Translation');
  });

  it('shows the 34 as part of the 54, with its editorial note and inferred date', () => {
    const { dialog } = renderPopup('northern-syria');
    const strike = dialog.querySelector('[data-fact="killed-34-air-strike"]')!;
    expect(strike.textContent).toContain('Part of: At least 54 Turkish soldiers');
    expect(strike.textContent).toContain('north-west');
    expect(strike.querySelector('details.inferred')).not.toBeNull();
    const whole = dialog.querySelector('[data-fact="killed-54-idlib"]')!;
    expect(whole.textContent).toContain('Includes: At least 34 Turkish soldiers');
    const totals = dialog.querySelector('.totals')!.textContent!;
    expect(totals).toContain('at least 54');
    expect(totals).not.toContain('88');
  });

  it('Escape and the close button call onclose', () => {
    const { dialog, props } = renderPopup('turkey');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    dialog.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(props.onclose).toHaveBeenCalledTimes(2);
  });

  it('"Show in article" passes the sentence of the fact', () => {
    const { dialog, props } = renderPopup('idlib');
    dialog.querySelector('[data-fact="displaced-thousands-idlib"]')!.querySelector<HTMLButtonElement>('.show-in-article')!.click();
    expect(props.onshowsentence).toHaveBeenCalledWith(2, 'displaced-thousands-idlib');
  });

  it('renders in Arabic', () => {
    const { dialog } = renderPopup('idlib', 'ar');
    expect(dialog.textContent).toContain('54 على الأقل');
    expect(dialog.textContent).toContain('الضحايا');
  });

  it('Popup text protects against XSS: a quote with HTML shows its characters', () => {
    const view = popupView(model, 'idlib', 'en')!;
    const payload = '<img src=x onerror=alert(1)>';
    const hostile = {
      ...view,
      name: { en: `Idlib ${payload}`, ar: 'إدلب' },
      fact: (id: string) => ({ ...view.fact(id), summary: payload, notes: [payload], sentence: { before: payload, quote: payload, after: payload, clippedBefore: false, clippedAfter: false } }),
    };
    renderPopup('idlib', 'en', { view: hostile });
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain(payload);
    expect(document.querySelector('mark')?.textContent).toBe(payload);
  });
});

describe('ArticlePanel', () => {
  function renderPanel() {
    const props = { model, lang: 'en' as const, highlighted: null, scrollRequest: 0, onchoose: vi.fn(), onhover: vi.fn() };
    mounted = mount(ArticlePanel, { target: document.body, props });
    flushSync();
    return props;
  }

  it('shows every sentence of the article, right to left, title first', () => {
    renderPanel();
    const units = document.querySelectorAll('[data-sentence]');
    expect(units).toHaveLength(model.sentences.length);
    expect(units[0]!.querySelector('.text')!.textContent).toBe(model.story.title.ar);
    for (const unit of units) expect(unit.querySelector('.text')!.getAttribute('dir')).toBe('rtl');
  });

  it('marks tied sentences and makes them choosable', () => {
    const props = renderPanel();
    const tied = document.querySelectorAll('.sentence.tied');
    expect(tied).toHaveLength(model.sentences.filter((s) => s.facts.length > 0).length);
    document.querySelector<HTMLButtonElement>('[data-sentence="12"] button.text')!.click();
    expect(props.onchoose).toHaveBeenCalledWith(12);
  });

  it('shows a sentence’s English translation on demand', () => {
    renderPanel();
    const unit = document.querySelector('[data-sentence="12"]')!;
    const translation = unit.querySelector<HTMLElement>('.translation')!;
    expect(translation.hidden).toBe(true);
    unit.querySelector<HTMLButtonElement>('.toggle')!.click();
    flushSync();
    expect(translation.hidden).toBe(false);
    expect(translation.textContent).toContain('At least 54 Turkish soldiers');
    expect(unit.querySelector('.toggle')!.getAttribute('aria-expanded')).toBe('true');
  });
});
