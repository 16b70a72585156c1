/**
 * Direction and language, everywhere: in Arabic mode every Latin-script run on
 * the page sits in an element with lang="en…" and computed direction ltr, and in
 * English mode every Arabic run in one with lang="ar" and direction rtl. Else
 * the bidi algorithm reorders it: an English note in the Arabic layout ends
 * ".Idlib since…", "Turkey" beside تركيا floats to the wrong side.
 *
 * The walk opens what a reader opens: Idlib's and Turkey's popups with every
 * collapsed part (other categories, inferred reasons), and the article panel
 * with every translation shown.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, waitForMapReady } from './app-page';
import { launchChromium } from './chromium';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Misplaced {
  text: string;
  lang: string | null;
  direction: string;
  path: string;
}

/**
 * Every text node under `root` holding a letter of the other script, whose closest [lang] is not
 * that script's language or whose element's computed direction is not that script's.
 */
async function misplacedRuns(page: Page, selector: string, lang: 'en' | 'ar'): Promise<{ checked: number; misplaced: Misplaced[] }> {
  return page.evaluate(
    ({ selector, lang }) => {
      const foreign = lang === 'ar' ? /\p{Script=Latin}/u : /\p{Script=Arabic}/u;
      const wantLang = lang === 'ar' ? 'en' : 'ar';
      const wantDirection = lang === 'ar' ? 'ltr' : 'rtl';
      const misplaced: Misplaced[] = [];
      let checked = 0;
      const describePath = (element: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = element; e && parts.length < 4; e = e.parentElement) {
          parts.unshift(`${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`);
        }
        return parts.join(' > ');
      };
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style, noscript, template')) continue;
          const text = node.textContent ?? '';
          if (!foreign.test(text)) continue;
          checked++;
          const tagged = parent.closest('[lang]');
          const tag = tagged?.getAttribute('lang') ?? null;
          const direction = getComputedStyle(parent).direction;
          if (!(tag ?? '').toLowerCase().startsWith(wantLang) || direction !== wantDirection) {
            misplaced.push({ text: text.trim().slice(0, 60), lang: tag, direction, path: describePath(parent) });
          }
        }
      }
      return { checked, misplaced };
    },
    { selector, lang },
  );
}

/** Opens every collapsed part of the popup and the article, so their words are checked too. */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-testid="popup"] details')) details.open = true;
  });
  const more = page.locator('[data-testid="popup"] button.more.later');
  while (await more.count()) await more.click();
  await page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-testid="popup"] details')) details.open = true;
  });
  const toggles = page.locator('.article-panel button.toggle[aria-expanded="false"]');
  for (let n = await toggles.count(); n > 0; n = await toggles.count()) await toggles.first().click();
}

describe('every run of text carries its language and direction', () => {
  it.each([
    { lang: 'ar' as const, region: 'idlib', view: 'full view', file: '' },
    { lang: 'ar' as const, region: 'turkey', view: 'full view', file: '' },
    { lang: 'en' as const, region: 'idlib', view: 'full view', file: '' },
    { lang: 'en' as const, region: 'turkey', view: 'full view', file: '' },
    { lang: 'ar' as const, region: 'turkey', view: 'embed', file: 'embed.html' },
    { lang: 'en' as const, region: 'idlib', view: 'embed', file: 'embed.html' },
  ])('in $lang mode, in the $view, with $region\'s popup and the article open', async ({ lang, region, view, file }) => {
    const { page, errors } = await openApp(browser, `${baseUrl}${file}#region=${region}&lang=${lang}`);
    await waitForMapReady(page);
    const dialog = page.getByTestId('popup');
    await dialog.waitFor();
    await expect(dialog.getAttribute('data-region')).resolves.toBe(region);
    // The embed folds the article behind a button.
    if (view === 'embed') await page.locator('.sheet-toggle[aria-expanded="false"]').click();
    await openEverything(page);

    const inPopup = await misplacedRuns(page, '[data-testid="popup"]', lang);
    const onPage = await misplacedRuns(page, 'body', lang);
    // The popup and the page hold runs of the other script (the title's other name, the sentences or their translations, notes).
    expect(inPopup.checked).toBeGreaterThan(0);
    expect(onPage.checked).toBeGreaterThan(inPopup.checked);
    expect({ popup: inPopup.misplaced, page: onPage.misplaced }).toEqual({ popup: [], page: [] });
    expect(errors).toEqual([]);
    if (lang === 'ar' && view === 'full view') await dialog.screenshot({ path: join(SHOTS, `direction-${region}-popup-ar.png`) });
    await page.context().close();
  });

  it('an Arabic reader reads the notes and reasons in Arabic, an English reader in English', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const { page } = await openApp(browser, `${baseUrl}#region=syria&fact=north-atlantic-council-meeting&lang=${lang}`);
      await waitForMapReady(page);
      const fact = page.locator('[data-fact="north-atlantic-council-meeting"]');
      await fact.waitFor();
      await openEverything(page);
      const note = (await fact.locator('.note').textContent()) ?? '';
      const reason = (await fact.locator('details.inferred').textContent()) ?? '';
      if (lang === 'ar') {
        expect(note).toContain('لا يذكر المقال مكان اجتماع المجلس');
        expect(reason).toContain('لا يذكر المقال السنة');
      } else {
        expect(note).toContain('The article does not say where the council met');
        expect(reason).toContain('The article never states the year');
      }
      await page.context().close();
    }
  });
});
