/**
 * Direction and language in the popup and the article panel (jsdom): team-written text in the
 * reader's language, every run of the other script in an element with its own lang and dir.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RegionPopup from '../../src/popup/RegionPopup.svelte';
import ArticlePanel from '../../src/article/ArticlePanel.svelte';
import { popupView } from '../../src/popup/popup-model';
import { FIRST_STORY, loadModel, realRegions } from '../helpers/stories';

const model = await loadModel(FIRST_STORY, realRegions());
let mounted: Record<string, unknown> | null = null;

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.replaceChildren();
});

function renderPopup(region: string, lang: 'en' | 'ar') {
  const view = popupView(model, region, lang)!;
  mounted = mount(RegionPopup, { target: document.body, props: { view, lang, focusFact: null, onclose: vi.fn(), onshowsentence: vi.fn(), onshowfact: vi.fn() } });
  flushSync();
  return document.querySelector<HTMLElement>('[role="dialog"]')!;
}

/** Text nodes holding a letter of `script` whose closest [lang] is not `lang` or whose closest [dir] is not `dir`. */
function misplaced(root: Element, script: RegExp, lang: string, dir: string): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!script.test(node.textContent ?? '')) continue;
    const parent = node.parentElement!;
    if (parent.closest('[lang]')?.getAttribute('lang') !== lang || parent.closest('[dir]')?.getAttribute('dir') !== dir) out.push(node.textContent!.trim());
  }
  return out;
}

describe('the popup, in the reader\'s language and direction', () => {
  it('names the region in both languages, each isolated in its own direction', () => {
    const dialog = renderPopup('turkey', 'ar');
    const names = [...dialog.querySelectorAll('#popup-title bdi')].map((b) => [b.textContent, b.getAttribute('lang'), b.getAttribute('dir')]);
    expect(names).toEqual([['تركيا', 'ar', 'rtl'], ['Turkey', 'en', 'ltr']]);
  });

  it.each([
    { lang: 'ar' as const, note: 'الشمال الغربي', reason: 'لا يؤرخ المقال', partOf: 'لا بد أن يشمل القتلى الـ54', not: /north-west|February/ },
    { lang: 'en' as const, note: 'north-west', reason: 'The article dates only the NATO meeting', partOf: 'must include the 34', not: /الشمال الغربي|لا يؤرخ/ },
  ])('$lang: the 34\'s note, its date\'s reason and its part-of reason are in the reader\'s language', ({ lang, note, reason, partOf, not }) => {
    const dialog = renderPopup('northern-syria', lang);
    const strike = dialog.querySelector('[data-fact="killed-34-air-strike"]')!;
    const noteText = strike.querySelector('.note > span')!;
    expect(noteText.textContent).toContain(note);
    expect(noteText.getAttribute('lang')).toBe(lang);
    expect(noteText.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(strike.querySelector('.when details.inferred .reason')?.textContent).toContain(reason);
    // The inferred part-of link says it is inferred, and why.
    expect(strike.querySelector('.relations details.inferred .reason')?.textContent).toContain(partOf);
    const shown = [...strike.querySelectorAll('.note, .reason')].map((e) => e.textContent).join(' ');
    expect(shown).not.toMatch(not);
  });

  it('Arabic: no Latin letter outside an element marked English, left to right', () => {
    for (const region of ['idlib', 'turkey', 'northern-syria']) {
      const dialog = renderPopup(region, 'ar');
      for (const d of dialog.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
      // The popup's own root inherits the page's lang="ar" dir="rtl".
      dialog.setAttribute('lang', 'ar');
      dialog.setAttribute('dir', 'rtl');
      expect(misplaced(dialog, /\p{Script=Latin}/u, 'en', 'ltr')).toEqual([]);
      unmount(mounted!);
      mounted = null;
    }
  });

  it('English: the Arabic words an English note quotes sit in an element marked Arabic, right to left', () => {
    const dialog = renderPopup('northern-syria', 'en');
    dialog.setAttribute('lang', 'en');
    dialog.setAttribute('dir', 'ltr');
    const note = dialog.querySelector('[data-fact="killed-34-air-strike"] .note')!;
    expect(note.querySelector('[lang="ar"][dir="rtl"]')?.textContent).toBe('شمال شرقي سوريا');
    expect(misplaced(dialog, /\p{Script=Arabic}/u, 'ar', 'rtl')).toEqual([]);
  });
});

describe('the article panel\'s translations', () => {
  it.each([
    { lang: 'ar' as const, label: 'ترجمة:', dir: 'rtl' },
    { lang: 'en' as const, label: 'Translation:', dir: 'ltr' },
  ])('$lang: the label (colon at its end) in the reader\'s language, the English isolated beside it', ({ lang, label, dir }) => {
    mounted = mount(ArticlePanel, { target: document.body, props: { model, lang, highlighted: null, scrollRequest: 0, onchoose: vi.fn(), onhover: vi.fn() } });
    flushSync();
    const translation = document.getElementById('sentence-1-en')!;
    const labelElement = translation.querySelector('.label')!;
    expect(labelElement.textContent).toBe(label);
    expect([labelElement.getAttribute('lang'), labelElement.getAttribute('dir')]).toEqual([lang, dir]);
    const english = translation.querySelector('span[lang="en"][dir="ltr"]:not(.label)')!;
    expect(english.textContent).toBe(model.sentences[1]!.en);
  });
});
