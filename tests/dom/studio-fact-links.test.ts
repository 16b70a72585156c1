/**
 * The studio's controls for a fact's other regions and notes (jsdom): every
 * action a button or a field, the new row focused, Arabic right to left, each
 * row's problem said beside it as it is typed, and the fact changed at once.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FactLinks from '../../src/studio/FactLinks.svelte';
import FactNotes from '../../src/studio/FactNotes.svelte';
import { StudioState } from '../../src/studio/studio-state.svelte';
import type { StudioFact } from '../../src/studio/review';
import type { StoryFile } from '../../src/model/schema';

let mounted: Record<string, unknown> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.replaceChildren();
});

const HOSTILE = '<img src=x onerror="alert(1)">';
const fact: StudioFact = {
  id: 'asylum-turkey',
  category: 'displacement',
  kind: 'granted-asylum',
  region: 'europe',
  target: { source: 'article.txt', selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
  summary: { en: '', ar: '' },
  translation: '',
};
const story = { id: 's', title: { ar: 'ع', en: '' }, language: 'ar', article: { file: 'article.txt', sha256: '0'.repeat(64) }, regions: ['europe', 'turkey', 'syria'], view: { center: [0, 0], zoom: 1 }, sentences: [] } as StoryFile;
const feature = (id: string, en: string, ar: string) => ({ type: 'Feature' as const, id, properties: { id, name_en: en, name_ar: ar, level: 'country' }, geometry: { type: 'Point' as const, coordinates: [0, 0] } });

let studio: StudioState;
beforeEach(() => {
  studio = new StudioState();
  // No id: edits change the state, and no request is made.
  studio.story = story;
  studio.facts = [fact];
  studio.regions = { type: 'FeatureCollection', features: [feature('europe', 'Europe', 'أوروبا'), feature('turkey', 'Turkey', 'تركيا'), feature('syria', `Syria ${HOSTILE}`, 'سوريا')] };
});
const current = () => studio.facts.find((f) => f.id === fact.id)!;
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
};
const choose = (el: HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
};

describe('related regions, origin and destination', () => {
  it('adds a related region with a button, focuses it, and writes region and role into the fact', async () => {
    mounted = mount(FactLinks, { target: document.body, props: { studio, fact } });
    flushSync();
    document.querySelector<HTMLButtonElement>('button.add-related')!.click();
    flushSync();
    const select = document.querySelector<HTMLSelectElement>('[data-row="0"] select')!;
    expect(select).not.toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(select));
    // The fact's own region is not offered first.
    expect(select.value).toBe('turkey');
    const role = document.querySelector<HTMLInputElement>('[data-row="0"] input')!;
    expect(role.getAttribute('list')).toBe('related-roles');
    expect(document.querySelector('[data-row="0"] .field-error')!.textContent).toMatch(/say how/);
    // The field that is wrong says so, not its neighbour.
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(role.getAttribute('aria-describedby')).toBe('related-0-error');
    expect(select.getAttribute('aria-invalid')).toBe('false');
    type(role, 'origin');
    expect(document.querySelector('[data-row="0"] .field-error')).toBeNull();
    expect(current().related).toEqual([{ region: 'turkey', role: 'origin' }]);
  });

  it('says at once what is wrong with a row: the fact\'s own region, a role that is not kebab-case', () => {
    mounted = mount(FactLinks, { target: document.body, props: { studio, fact: { ...fact, related: [{ region: 'turkey', role: 'origin' }] } } });
    flushSync();
    choose(document.querySelector<HTMLSelectElement>('[data-row="0"] select')!, 'europe');
    expect(document.querySelector('[data-row="0"] .field-error')!.textContent).toMatch(/fact's own region/);
    choose(document.querySelector<HTMLSelectElement>('[data-row="0"] select')!, 'syria');
    type(document.querySelector<HTMLInputElement>('[data-row="0"] input')!, 'Origin Country');
    expect(document.querySelector('[data-row="0"] .field-error')!.textContent).toMatch(/kebab-case/);
    // The fact changes anyway: the validator's verdict follows, as for every field.
    expect(current().related).toEqual([{ region: 'syria', role: 'Origin Country' }]);
  });

  it('removes a row with its own labelled button; none left removes the field', async () => {
    mounted = mount(FactLinks, { target: document.body, props: { studio, fact: { ...fact, related: [{ region: 'turkey', role: 'origin' }] } } });
    flushSync();
    const remove = document.querySelector<HTMLButtonElement>('[data-row="0"] button.remove')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove related region 1');
    remove.click();
    flushSync();
    expect(document.querySelector('[data-row="0"]')).toBeNull();
    expect('related' in current()).toBe(false);
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('button.add-related')));
  });

  it('picks the origin and destination among the story\'s regions, and says when they are the same', () => {
    mounted = mount(FactLinks, { target: document.body, props: { studio, fact } });
    flushSync();
    const [origin, destination] = [...document.querySelectorAll<HTMLSelectElement>('.fields select')] as [HTMLSelectElement, HTMLSelectElement];
    expect([...origin.options].map((o) => o.value)).toEqual(['', 'europe', 'turkey', 'syria']);
    // Region names are text (Studio protects against XSS).
    expect(document.querySelector('img')).toBeNull();
    expect(origin.textContent).toContain(HOSTILE);
    choose(origin, 'turkey');
    expect(current().origin).toBe('turkey');
    choose(destination, 'turkey');
    expect(document.getElementById('movement-error')!.textContent).toBe('the origin and the destination are the same region');
    choose(destination, 'europe');
    expect(document.getElementById('movement-error')).toBeNull();
    expect(current()).toMatchObject({ origin: 'turkey', destination: 'europe' });
    choose(origin, '');
    expect('origin' in current()).toBe(false);
  });
});

describe('notes', () => {
  it('adds a note in both languages, English left to right and Arabic right to left, checked as typed', async () => {
    mounted = mount(FactNotes, { target: document.body, props: { studio, fact } });
    flushSync();
    document.querySelector<HTMLButtonElement>('button.add-note')!.click();
    flushSync();
    const [en, ar] = [...document.querySelectorAll<HTMLTextAreaElement>('[data-row="0"] textarea')] as [HTMLTextAreaElement, HTMLTextAreaElement];
    await vi.waitFor(() => expect(document.activeElement).toBe(en));
    expect([en.lang, en.dir, ar.lang, ar.dir]).toEqual(['en', 'ltr', 'ar', 'rtl']);
    expect(document.querySelector('[data-row="0"] .field-error')!.textContent).toBe('the English text is empty; the Arabic text is empty');
    type(en, 'Turkey puts the toll at 33.');
    type(ar, 'Turkey puts the toll at 33.');
    expect(document.querySelector('[data-row="0"] .field-error')!.textContent).toMatch(/no Arabic letter/);
    type(ar, `تقول تركيا إن الحصيلة 33 ${HOSTILE}`);
    expect(document.querySelector('[data-row="0"] .field-error')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(current().notes).toEqual([{ en: 'Turkey puts the toll at 33.', ar: `تقول تركيا إن الحصيلة 33 ${HOSTILE}` }]);
  });

  it('edits and removes an existing note; none left removes the field', async () => {
    mounted = mount(FactNotes, { target: document.body, props: { studio, fact: { ...fact, notes: [{ en: 'One.', ar: 'واحد.' }, { en: 'Two.', ar: 'اثنان.' }] } } });
    flushSync();
    expect(document.querySelectorAll('[data-row]')).toHaveLength(2);
    document.querySelector<HTMLButtonElement>('[data-row="0"] button.remove')!.click();
    flushSync();
    expect(current().notes).toEqual([{ en: 'Two.', ar: 'اثنان.' }]);
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('[data-row="0"] textarea')));
    document.querySelector<HTMLButtonElement>('[data-row="0"] button.remove')!.click();
    flushSync();
    expect('notes' in current()).toBe(false);
  });
});
