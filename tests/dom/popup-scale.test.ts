/** The popup at scale (jsdom): 20,000 facts in one region, and facts quoted from a very long sentence. */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import RegionPopup from '../../src/popup/RegionPopup.svelte';
import { popupView } from '../../src/popup/popup-model';
import { WINDOW_SIZE, WINDOW_STEP } from '../../src/popup/fact-window';
import { buildStoryModel, type StoryModel } from '../../src/model/story';
import { validateStory } from '../../src/model/validate';
import { longSentenceStory, syntheticStory } from '../../bench/synthetic-story';
import { TEST_REGIONS } from '../helpers/stories';

const REGION_IDS = ['idlib', 'northern-syria', 'syria', 'turkey', 'europe'];

async function modelOf(id: string, generated: { article: string; story: object; facts: object }): Promise<StoryModel> {
  const sources = { folder: id, id, story: JSON.stringify(generated.story), facts: JSON.stringify(generated.facts), article: new TextEncoder().encode(generated.article) };
  const { story, problems } = await validateStory(sources, TEST_REGIONS);
  if (!story) throw new Error(JSON.stringify(problems.filter((p) => p.severity === 'error').slice(0, 3)));
  return buildStoryModel(story, TEST_REGIONS);
}

let mounted: Record<string, unknown> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.replaceChildren();
});

function render(model: StoryModel, focusFact: string | null = null) {
  const props = { view: popupView(model, 'idlib', 'en')!, lang: 'en' as const, focusFact, onclose: vi.fn(), onshowsentence: vi.fn(), onshowfact: vi.fn() };
  mounted = mount(RegionPopup, { target: document.body, props });
  flushSync();
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
  return { dialog, props, facts: () => dialog.querySelectorAll('[data-fact]') };
}

describe('a popup of 20,000 facts', () => {
  let model: StoryModel;
  const scrolled = vi.fn();
  beforeAll(async () => {
    model = await modelOf('twenty-thousand', syntheticStory(20_000, { ids: REGION_IDS, names: ['إدلب'] }, { id: 'twenty-thousand', region: 'idlib' }));
    // jsdom has no CSS.escape and does not scroll; the popup uses both for the focused fact.
    globalThis.CSS ??= { escape: (id: string) => id.replace(/["\\]/g, '\\$&') } as typeof CSS;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled(this.getAttribute('data-fact'));
    };
  }, 60_000);

  it('puts a window of its facts in the page, and says which', () => {
    const { dialog, facts } = render(model);
    expect(facts()).toHaveLength(WINDOW_SIZE);
    expect(facts()[0]!.getAttribute('data-fact')).toBe('killed-1');
    expect(dialog.querySelector('[data-testid="fact-window"]')?.textContent).toBe(`Facts 1–${WINDOW_SIZE} of 20,000`);
    // The totals still count every fact.
    expect(dialog.querySelector('.totals')?.textContent).toMatch(/at least [\d,]{6,}/);
  });

  it('lays out more when asked, a step at a time', () => {
    const { dialog, facts } = render(model);
    dialog.querySelector<HTMLButtonElement>('button.more.later')!.click();
    flushSync();
    expect(facts()).toHaveLength(WINDOW_SIZE + WINDOW_STEP);
    expect(dialog.querySelector('button.more.later')?.textContent).toContain(`${(20_000 - WINDOW_SIZE - WINDOW_STEP).toLocaleString('en-US')} more`);
  });

  it('renders and scrolls to a focused fact far down, with the facts before it a click away', () => {
    scrolled.mockClear();
    const { dialog, facts, props } = render(model, 'killed-15000');
    const focused = dialog.querySelector('[data-fact="killed-15000"]');
    expect(focused).not.toBeNull();
    expect(focused!.classList.contains('focused')).toBe(true);
    expect(scrolled).toHaveBeenCalledWith('killed-15000');
    expect(facts().length).toBeLessThanOrEqual(WINDOW_SIZE);
    const earlier = dialog.querySelector<HTMLButtonElement>('button.more.earlier')!;
    expect(earlier.textContent).toMatch(/Show 14,99\d earlier facts/);
    earlier.click();
    flushSync();
    expect(facts().length).toBeLessThanOrEqual(WINDOW_SIZE + WINDOW_STEP);
    // "Show in article" still names the fact's own sentence.
    dialog.querySelector('[data-fact="killed-15000"]')!.querySelector<HTMLButtonElement>('.show-in-article')!.click();
    expect(props.onshowsentence).toHaveBeenCalledWith(15000, 'killed-15000');
  });
});

describe('facts quoted from one very long sentence', () => {
  it('show the words around each quote, say the sentence is shortened, and mark the quote', async () => {
    const model = await modelOf('long-sentence', longSentenceStory(200_000, 5));
    const { dialog, facts } = render(model);
    expect(facts()).toHaveLength(5);
    for (const fact of facts()) {
      const quote = fact.querySelector('blockquote')!;
      expect(quote.textContent!.length).toBeLessThan(600);
      expect(quote.querySelector('mark')?.textContent).toMatch(/^قُتل \d+ مدنياً على الأقل$/);
      expect(fact.querySelector('[data-testid="sentence-shortened"]')?.textContent).toContain('shortened');
    }
    // The first fact opens the sentence: nothing is cut before it.
    expect(facts()[0]!.querySelector('blockquote')!.textContent!.startsWith('…')).toBe(false);
    expect(facts()[1]!.querySelector('blockquote')!.textContent!.startsWith('…')).toBe(true);
    expect(dialog.querySelector('[data-testid="fact-window"]')).toBeNull();
  });
});
