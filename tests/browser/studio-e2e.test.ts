/**
 * From a new Arabic article to a published map, with no code change: a wire
 * report from Yemen goes through `npm run story:new` into a story root of its
 * own, is reviewed draft by draft in the studio (served by the dev server),
 * published, built, served, and read on the built map by clicking its regions.
 * The built app holds no studio.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { DESKTOP, openApp, projectOnMap, runAxe, waitForMapReady } from './app-page';
import { CONTENT_TYPES, serveDirectory, type StaticServer } from './static-server';

const ROOT = join(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'test-results/screenshots');
const ID = 'yemen-hodeidah-market';
const run = promisify(execFile);

// Written for this test in the style of a wire report; every figure is the article's own.
const ARTICLE = `مقتل 12 مدنياً في قصف على سوق بمحافظة الحديدة غربي اليمن

الحديدة (اليمن) - قُتل 12 مدنياً على الأقل، بينهم 4 أطفال، وأصيب أكثر من 20 آخرين في قصف مدفعي استهدف سوقاً شعبية في مديرية حيس جنوبي محافظة الحديدة يوم الأحد، بحسب ما أفادت مصادر طبية.
وقالت المصادر إن الجرحى نُقلوا إلى مستشفيات في مدينة الحديدة، وحالة بعضهم خطرة.
وأعلنت المنظمة الدولية للهجرة أن نحو 3 آلاف أسرة نزحت من المديريات الجنوبية للمحافظة خلال الأسبوعين الماضيين هرباً من المعارك.
وفي محافظة تعز، قُتل 5 جنود من القوات الحكومية في هجوم بطائرة مسيرة على موقع عسكري غربي المدينة، وفق مصدر عسكري.
ولم تعلن أي جهة مسؤوليتها عن الهجومين حتى الآن.
ويشهد اليمن نزاعاً منذ أكثر من عشر سنوات أودى بحياة عشرات الآلاف، ودفع الملايين إلى النزوح داخل البلاد.
ودعت الأمم المتحدة أطراف النزاع إلى وقف التصعيد فوراً وحماية المدنيين والمنشآت المدنية، مؤكدة أن الوضع الإنساني في المحافظة يزداد سوءاً.
`;

const TITLE_EN = '12 civilians killed in shelling of a market in Hodeidah province, western Yemen';
/** One English sentence per sentence unit of the article, in order. */
const SENTENCES_EN = [
  TITLE_EN,
  'Hodeidah (Yemen) - At least 12 civilians, among them 4 children, were killed and more than 20 others wounded on Sunday in artillery shelling that hit a popular market in Hays district, in the south of Hodeidah province, medical sources said.',
  'The sources said the wounded were taken to hospitals in the city of Hodeidah, some of them in a serious condition.',
  'The International Organization for Migration said about 3,000 families had fled the southern districts of the province over the past two weeks to escape the fighting.',
  'In Taiz province, 5 government soldiers were killed in a drone attack on a military position west of the city, a military source said.',
  'No party has yet claimed responsibility for the two attacks.',
  'Yemen has been at war for more than ten years, a conflict that has killed tens of thousands and driven millions from their homes within the country.',
  'The United Nations called on the parties to the conflict to stop the escalation at once and to protect civilians and civilian facilities, stressing that the humanitarian situation in the province is getting worse.',
];

type Review =
  | { action: 'reject' }
  | {
      action: 'accept';
      summary: { en: string; ar: string };
      translation: string;
      /** How the region is picked: a search (either language) or a place the sentence names. */
      region?: { search: string; pick: string } | { named: string };
      /** A region picked first by search, then the right one by a click on the studio's map. */
      map?: { first: string; click: string; name: string };
      /** The English unit, when the reader's does not fit the whole it is part of. */
      unit?: { ar: string; en: string };
      time?: { start: string; end: string; stated: string; reasonEn: string; reasonAr: string };
      /** An editor's note, in both languages. */
      note?: { en: string; ar: string };
    };

const WAR_TOLL_NOTE = { en: 'A toll of the whole war, as the article gives it.', ar: 'حصيلة الحرب كلها كما يذكرها المقال.' };

/** What the editor does with each draft, by its figure's words. */
const REVIEWS: Record<string, Review> = {
  // The headline repeats the body's toll: one figure is counted once.
  '12 مدنياً': { action: 'reject' },
  '12 مدنياً على الأقل': {
    action: 'accept',
    summary: { en: 'At least 12 civilians were killed in the shelling of a market in Hays.', ar: 'قُتل 12 مدنياً على الأقل في قصف على سوق في حيس.' },
    translation: 'At least 12 civilians were killed',
    region: { search: 'Hudaydah', pick: 'Al Hudaydah' },
  },
  '4 أطفال': {
    action: 'accept',
    summary: { en: 'Among the civilians killed were 4 children.', ar: 'بين القتلى المدنيين 4 أطفال.' },
    translation: 'among them 4 children',
    unit: { ar: 'أطفال', en: 'civilians' },
    map: { first: 'Yemen', click: 'ye-hu', name: 'Al Hudaydah' },
  },
  'أكثر من 20 آخرين': {
    action: 'accept',
    summary: { en: 'More than 20 others were wounded in the same shelling.', ar: 'أصيب أكثر من 20 آخرين في القصف نفسه.' },
    translation: 'more than 20 others were wounded',
  },
  'نحو 3 آلاف أسرة': {
    action: 'accept',
    summary: { en: 'About 3,000 families fled the southern districts of Hodeidah province in two weeks.', ar: 'نزحت نحو 3 آلاف أسرة من المديريات الجنوبية لمحافظة الحديدة خلال أسبوعين.' },
    translation: 'about 3,000 families',
    region: { search: 'الحديدة', pick: 'Al Hudaydah' },
    time: {
      start: '2025-02',
      end: '2025-03-02',
      stated: 'خلال الأسبوعين الماضيين',
      reasonEn: 'The article, dated 2 March 2025, speaks of the past two weeks.',
      reasonAr: 'يتحدث المقال المؤرخ في 2 مارس 2025 عن الأسبوعين الماضيين.',
    },
  },
  '5 جنود': {
    action: 'accept',
    summary: { en: '5 government soldiers were killed in a drone attack in Taiz province.', ar: 'قُتل 5 جنود من القوات الحكومية في هجوم بطائرة مسيرة في محافظة تعز.' },
    translation: '5 soldiers',
    region: { search: 'تعز', pick: "Ta'izz" },
  },
  'عشرات الآلاف': {
    action: 'accept',
    summary: { en: 'The war in Yemen has killed tens of thousands in more than ten years.', ar: 'أودت الحرب في اليمن بحياة عشرات الآلاف في أكثر من عشر سنوات.' },
    translation: 'tens of thousands',
    region: { named: 'Yemen' },
    note: WAR_TOLL_NOTE,
  },
  // Millions displaced over ten years: background, not this report's news.
  الملايين: { action: 'reject' },
};

let scratch: string;
let storyRoot: string;
let dist: string;
let dev: ViteDevServer | null = null;
let served: StaticServer | null = null;
let browser: Browser;
const storyDir = () => join(storyRoot, ID);
const readJson = <T>(name: string) => JSON.parse(readFileSync(join(storyDir(), name), 'utf8')) as T;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), 'isnad-e2e-'));
  storyRoot = join(scratch, 'stories');
  dist = join(scratch, 'dist');
  mkdirSync(storyRoot);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  await served?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The file names under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)).map((f) => `${name}/${f}`) : [name]));
}

/** A region's label point, from the story's own geodata. */
function labelOf(id: string): [number, number] {
  const geodata = readJson<{ features: { properties: { id: string; label: [number, number] } }[] }>('regions.geojson');
  return geodata.features.find((f) => f.properties.id === id)!.properties.label;
}

const editor = (page: Page) => page.locator('.fact-editor');
const field = (page: Page, label: string) => editor(page).getByLabel(label, { exact: true });

async function reviewDraft(page: Page, figure: string, review: Review): Promise<void> {
  // The figure, marked in the article, opens its fact.
  const mark = page.locator('.figure-mark.draft').filter({ hasText: new RegExp(`^${figure}$`) });
  await mark.click();
  await expect.poll(() => editor(page).locator('.quote').innerText()).toContain(figure);
  if (review.action === 'reject') {
    await editor(page).getByRole('button', { name: 'Reject' }).click();
    return;
  }
  await field(page, 'Summary (English)').fill(review.summary.en);
  await field(page, 'Summary (Arabic)').fill(review.summary.ar);
  await field(page, 'Translation of the quote (English)').fill(review.translation);
  if (review.unit) {
    await field(page, 'Unit (Arabic)').fill(review.unit.ar);
    await field(page, 'Unit (English)').fill(review.unit.en);
  }
  if (review.time) {
    await editor(page).getByRole('combobox', { name: /^The article gives/ }).selectOption('range');
    await field(page, 'Start').fill(review.time.start);
    await field(page, 'End').fill(review.time.end);
    await field(page, "Stated: the article's own words").fill(review.time.stated);
    await field(page, 'Inferred: why (English), when the article does not say it').fill(review.time.reasonEn);
    await field(page, 'Inferred: why (Arabic)').fill(review.time.reasonAr);
  }
  if (review.region && 'search' in review.region) {
    await field(page, 'Find a region (Arabic or English)').fill(review.region.search);
    const results = editor(page).getByRole('list', { name: `Regions matching ${review.region.search}` });
    await results.getByRole('button', { name: review.region.pick }).first().click();
    await expect.poll(() => editor(page).getByTestId('fact-region').innerText()).toContain(review.region.pick);
  } else if (review.region) {
    await editor(page).getByRole('list', { name: 'Places named in the sentence' }).getByRole('button', { name: review.region.named }).click();
    await expect.poll(() => editor(page).getByTestId('fact-region').innerText()).toContain(review.region.named);
  }
  if (review.map) {
    await field(page, 'Find a region (Arabic or English)').fill(review.map.first);
    await editor(page).getByRole('list', { name: `Regions matching ${review.map.first}` }).getByRole('button', { name: review.map.first }).first().click();
    await expect.poll(() => editor(page).getByTestId('fact-region').innerText()).toContain(review.map.first);
    const map = editor(page).locator('.studio-map');
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.getAttribute('data-view'), { timeout: 30_000 }).toBeTruthy();
    const [zoom, lat, lon] = (await map.getAttribute('data-view'))!.split('/').map(Number) as [number, number, number];
    const point = projectOnMap(labelOf(review.map.click), { center: [lon, lat], zoom }, (await map.boundingBox())!);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => editor(page).getByTestId('fact-region').innerText()).toContain(review.map.name);
  }
  if (review.note) {
    // Added from the keyboard: the new note's English field takes the focus.
    await editor(page).getByRole('button', { name: 'Add a note' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('en');
    await page.keyboard.type(review.note.en);
    await field(page, 'Note 1 (Arabic)').fill(review.note.ar);
    expect(await field(page, 'Note 1 (Arabic)').getAttribute('dir')).toBe('rtl');
  }
  // Accepted from the keyboard: focus the button, press Enter.
  await editor(page).getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
}

describe('from an Arabic article to a published map', () => {
  it('npm run story:new drafts the story into its own folder', async () => {
    const article = join(scratch, 'hodeidah.txt');
    writeFileSync(article, ARTICLE);
    const { stdout } = await run('npx', ['tsx', 'scripts/story-new.ts', '--id', ID, '--article', article, '--publisher', 'وكالة أنباء تجريبية', '--url', 'https://example.org/news/hodeidah-market', '--published', '2025-03-02', '--root', storyRoot], { cwd: ROOT });
    expect(stdout).toContain(`created ${storyDir()}`);
    expect(readFileSync(join(storyDir(), 'article.txt'), 'utf8')).toBe(ARTICLE);
    const { facts } = readJson<{ facts: { draft?: boolean; quantity?: { text: string } }[] }>('facts.json');
    expect(facts.every((f) => f.draft === true)).toBe(true);
    // Every draft the reader finds is one this test reviews.
    expect(facts.map((f) => f.quantity?.text).sort()).toEqual(Object.keys(REVIEWS).sort());
    expect(existsSync(join(storyDir(), 'regions.geojson'))).toBe(true);
  });

  it('the studio reviews every draft, writes every translation, and publishes', { timeout: 300_000 }, async () => {
    // The dev server, on the story root; no watcher, so another engineer's edit never restarts it mid-test.
    process.env['ISNAD_STORY_ROOTS'] = storyRoot;
    dev = await createServer({ root: ROOT, configLoader: 'runner', logLevel: 'warn', server: { port: 5311, strictPort: false, host: '127.0.0.1', watch: null } });
    await dev.listen();
    const devUrl = dev.resolvedUrls!.local[0]!;
    const { page, errors } = await openApp(browser, `${devUrl}studio.html?story=${ID}`, { viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30_000);
    await page.locator('.figure-mark').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('drafts-left').innerText(), { timeout: 30_000 }).toBe(`${Object.keys(REVIEWS).length} drafts to review`);
    await page.screenshot({ path: join(SHOTS, 'studio-e2e-start.png') });
    expect(await runAxe(page)).toEqual([]);
    const publish = page.getByRole('button', { name: 'Publish' });
    expect(await publish.isDisabled()).toBe(true);

    for (const [figure, review] of Object.entries(REVIEWS)) await reviewDraft(page, figure, review);
    await expect.poll(() => page.getByTestId('drafts-left').innerText()).toBe('0 drafts to review');

    await page.getByLabel('English title', { exact: true }).fill(TITLE_EN);
    const translations = page.locator('.sentence-en textarea');
    await expect.poll(() => translations.count()).toBe(SENTENCES_EN.length);
    for (const [i, en] of SENTENCES_EN.entries()) await translations.nth(i).fill(en);

    // Publish waits for the validator's verdict on the last edit.
    await expect.poll(async () => !(await publish.isDisabled()), { timeout: 30_000 }).toBe(true);
    const stillToSay = await page.locator('.problems .error').allInnerTexts();
    expect(stillToSay).toEqual([]);
    await publish.click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 30_000 }).toContain(`Published ${ID}`);
    await page.screenshot({ path: join(SHOTS, 'studio-e2e-published.png') });
    expect(errors.filter((e) => !/WebGL|GPU|Worker/i.test(e))).toEqual([]);
    await page.context().close();
    await dev.close();
    dev = null;

    // The files are the source of truth: no draft left, every sentence translated, the rejected figures gone.
    const { facts } = readJson<{ facts: { draft?: boolean; quantity?: { text: string }; region: string }[] }>('facts.json');
    expect(facts.some((f) => 'draft' in f)).toBe(false);
    expect(facts.map((f) => f.quantity?.text)).not.toContain('الملايين');
    expect(facts.find((f) => f.quantity?.text === '5 جنود')?.region).toBe('ye-ta');
    expect((facts.find((f) => f.quantity?.text === 'عشرات الآلاف') as { notes?: unknown } | undefined)?.notes).toEqual([WAR_TOLL_NOTE]);
    expect(readJson<{ sentences: { en: string }[] }>('story.json').sentences.map((s) => s.en)).toEqual(SENTENCES_EN);
    const { stdout } = await run('npx', ['tsx', 'scripts/validate.ts', storyDir()], { cwd: ROOT });
    expect(stdout).toMatch(/✓ .*: 0 error\(s\)/);
  });

  it('the build publishes it, with no studio in the public build', { timeout: 180_000 }, async () => {
    process.env['ISNAD_STORY_ROOTS'] = storyRoot;
    await build({ root: ROOT, configLoader: 'runner', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    const files = filesUnder(dist);
    expect(files.filter((f) => /studio/i.test(f))).toEqual([]);
    const code = files.filter((f) => /\.(js|html)$/.test(f)).map((f) => readFileSync(join(dist, f), 'utf8'));
    expect(code.some((text) => text.includes('__studio'))).toBe(false);
    expect(files).toContain('stories.html');
  });

  it('the built map shows the facts of each region clicked, and the list of stories has the story', { timeout: 180_000 }, async () => {
    // The build publishes public/stories; a story kept in another root is served beside it, as its files would be.
    const inDist = existsSync(join(dist, 'stories', ID));
    served = await serveDirectory(dist, {
      override: (req, res) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const prefix = `/stories/${ID}/`;
        if (inDist || !path.startsWith(prefix)) return false;
        const name = path.slice(prefix.length);
        if (!/^[\w.-]+$/.test(name) || !existsSync(join(storyDir(), name))) return false;
        res.writeHead(200, { 'content-type': CONTENT_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream' });
        res.end(readFileSync(join(storyDir(), name)));
        return true;
      },
    });
    const { page, errors } = await openApp(browser, `${served.url}index.html?story=${ID}`, { viewport: DESKTOP });
    await waitForMapReady(page);
    const view = async () => {
      await page.waitForFunction(() => location.hash.includes('map='));
      const [zoom, lat, lon] = /map=([^&]+)/.exec(page.url())![1]!.split('/').map(Number) as [number, number, number];
      return { center: [lon, lat] as [number, number], zoom };
    };
    const popup = page.getByRole('dialog');
    const clickRegion = async (id: string) => {
      const box = (await page.getByTestId('map').boundingBox())!;
      const point = projectOnMap(labelOf(id), await view(), box);
      await page.mouse.click(point.x, point.y);
      await expect.poll(() => popup.getAttribute('data-region')).toBe(id);
      return popup.innerText();
    };

    const hodeidah = await clickRegion('ye-hu');
    expect(hodeidah).toContain('at least 12');
    expect(hodeidah).toContain('about 3,000');
    expect(hodeidah).toContain('more than 20');
    // The 4 children are part of the 12, never added to them.
    expect(hodeidah).not.toContain('16 civilians');
    expect(await popup.getByTestId('source-sentence').allTextContents()).toContainEqual(expect.stringContaining('قُتل 12 مدنياً على الأقل'));
    await page.screenshot({ path: join(SHOTS, 'studio-e2e-built-hodeidah.png') });
    await page.keyboard.press('Escape');

    const taiz = await clickRegion('ye-ta');
    expect(taiz).toContain('5');
    expect(taiz).toContain('soldiers');
    expect(errors).toEqual([]);
    await page.context().close();

    const index = await openApp(browser, `${served.url}stories.html`, { viewport: DESKTOP });
    const card = index.page.locator(`[data-story="${ID}"]`);
    await card.waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain(TITLE_EN);
    // The report's news leads: the market's toll, not the war's.
    expect(await card.getByRole('list', { name: 'Headline figures' }).getByRole('listitem').first().innerText()).toBe('at least 12 civilians killed');
    expect(await card.getByRole('link', { name: 'Open the map' }).getAttribute('href')).toBe(`index.html?story=${ID}`);
    await index.page.screenshot({ path: join(SHOTS, 'studio-e2e-stories.png'), fullPage: true });
    expect(await runAxe(index.page)).toEqual([]);
    await index.page.context().close();

    // The same list in Arabic, right to left, as the app takes its language (?lang=ar or #lang=ar).
    const arabic = await openApp(browser, `${served.url}stories.html?lang=ar`, { viewport: DESKTOP });
    const arCard = arabic.page.locator(`[data-story="${ID}"]`);
    await arCard.waitFor({ timeout: 30_000 });
    expect(await arabic.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await arabic.page.getByRole('heading', { level: 1 }).innerText()).toBe('القصص');
    expect(await arCard.getByRole('link', { name: 'افتح الخريطة' }).getAttribute('href')).toBe(`index.html?story=${ID}#lang=ar`);
    expect(await arCard.innerText()).toContain('الحديدة');
    await arabic.page.screenshot({ path: join(SHOTS, 'studio-e2e-stories-ar.png'), fullPage: true });
    expect(await runAxe(arabic.page)).toEqual([]);
    await arabic.page.getByRole('button', { name: /English/ }).click();
    expect(await arabic.page.evaluate(() => [document.documentElement.dir, location.hash])).toEqual(['ltr', '#lang=en']);
    await arabic.page.context().close();
  });
});
