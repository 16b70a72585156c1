/**
 * The studio's one state: the story being reviewed, as its files say, and the
 * validator's latest verdict on it. Views change it only through the intent
 * methods below; every change is validated (debounced) by the dev server, and
 * written to the story's files only on save.
 */
import type { FeatureCollection } from 'geojson';
import type { Problem } from '../model/problems';
import type { StoryFile } from '../model/schema';
import { segmentSentences, type Sentence } from '../model/segment';
import { CodePointIndex } from '../model/text';
import * as api from './api';
import { followRegions } from './story-view';
import { acceptFact, editFact, groupProblems, isDraft, publishState, rejectFact, replaceFact, retitle, translateSentence, withRegion, type FactEdit, type StudioFact } from './review';

const VALIDATE_AFTER_MS = 350;

export class StudioState {
  stories = $state.raw<api.StoryListing[]>([]);
  id = $state<string | null>(null);
  story = $state.raw<StoryFile | null>(null);
  facts = $state.raw<StudioFact[]>([]);
  article = $state.raw<string>('');
  regions = $state.raw<FeatureCollection | null>(null);
  problems = $state.raw<Problem[]>([]);
  /** The build's reasons to leave the story out (null: it does not validate), from the dev server. */
  unpublished = $state.raw<string[] | null>(null);
  /** The fact open in the editor. */
  selected = $state<string | null>(null);
  /** Unsaved changes. */
  dirty = $state(false);
  /** The verdict is for the files as they are now (no validation pending). */
  checked = $state(false);
  busy = $state(false);
  /** The last thing that happened, for the status line (role=status). */
  status = $state('');
  error = $state('');

  readonly articleIndex = $derived(new CodePointIndex(this.article));
  readonly sentences: Sentence[] = $derived(segmentSentences(this.article));
  readonly groups = $derived(groupProblems(this.problems, new Set(this.facts.map((f) => f.id))));
  readonly publish = $derived(this.story ? publishState(this.problems, this.facts, this.story) : null);
  // Both the studio's count and the build's own rule must agree that nothing is left.
  readonly canPublish = $derived(this.checked && !this.busy && this.publish?.ready === true && this.unpublished?.length === 0);
  readonly selectedFact = $derived(this.facts.find((f) => f.id === this.selected) ?? null);
  readonly drafts = $derived(this.facts.filter(isDraft));

  #timer: ReturnType<typeof setTimeout> | null = null;
  #generation = 0;

  async loadList(): Promise<void> {
    this.stories = await api.listStories();
  }

  async open(id: string): Promise<void> {
    this.error = '';
    const files = await api.readStory(id);
    if (!files.story || !files.facts || files.article === null) {
      this.error = `The story "${id}" cannot be opened: its story.json, facts.json or article is missing or not JSON.`;
      return;
    }
    this.id = id;
    this.story = files.story;
    this.facts = files.facts.facts;
    this.article = files.article;
    this.regions = files.regions;
    this.dirty = false;
    this.selected = this.drafts[0]?.id ?? this.facts[0]?.id ?? null;
    this.status = `Opened ${id}`;
    await this.validateNow();
  }

  select(id: string | null): void {
    this.selected = id;
  }

  /** The next (or previous) draft after the selected fact, in article order; wraps around. */
  nextDraft(step: 1 | -1 = 1): string | null {
    const ordered = [...this.facts].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    const at = ordered.findIndex((f) => f.id === this.selected);
    for (let i = 1; i <= ordered.length; i++) {
      const fact = ordered[(at + step * i + ordered.length * 2) % ordered.length];
      if (fact && isDraft(fact)) return fact.id;
    }
    return null;
  }

  accept(id: string): void {
    this.#change(acceptFact(this.facts, id));
    this.status = `Accepted ${id}`;
  }

  reject(id: string): void {
    this.#change(rejectFact(this.facts, id));
    if (this.selected === id) this.selected = this.drafts[0]?.id ?? null;
    this.status = `Rejected ${id}: it is removed from facts.json when you save`;
  }

  edit(id: string, edit: FactEdit): void {
    const fact = this.facts.find((f) => f.id === id);
    if (!fact) return;
    if (edit.region) {
      // A region new to the story widens its initial view, when that view is the regions' fit (not set by hand).
      const before = this.story!.regions;
      this.story = followRegions(withRegion(this.story!, edit.region), before, this.regions);
    }
    this.#change(replaceFact(this.facts, id, editFact(fact, edit)));
  }

  translate(index: number, en: string): void {
    if (!this.story) return;
    this.story = translateSentence(this.story, index, en);
    this.#touch();
  }

  retitle(en: string): void {
    if (!this.story) return;
    this.story = retitle(this.story, en);
    this.#touch();
  }

  /** Adds a world region (by ISO code) to the story's geodata, then picks it for the fact. */
  async addRegionFor(factId: string, iso: string): Promise<void> {
    if (!this.id) return;
    try {
      const region = await api.addRegion(this.id, iso);
      const files = await api.readStory(this.id);
      this.regions = files.regions;
      this.edit(factId, { region });
      this.status = `Region ${region} added to the story`;
    } catch (error) {
      this.error = `Could not add ${iso}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  async save(): Promise<boolean> {
    if (!this.id || !this.story) return false;
    this.busy = true;
    this.error = '';
    const generation = ++this.#generation;
    try {
      const verdict = await api.saveStory(this.id, { story: this.story, facts: { facts: this.facts } });
      if (generation === this.#generation) {
        this.problems = verdict.problems;
        this.unpublished = verdict.unpublished;
        this.checked = true;
        this.dirty = false;
      }
      this.status = `Saved story.json and facts.json of ${this.id}`;
      await this.loadList();
      return true;
    } catch (error) {
      this.error = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Publishing is saving a story with no draft left and no error; the next `npm run build` publishes it. */
  async publishStory(): Promise<void> {
    if (!this.canPublish) return;
    if (await this.save()) {
      this.status = this.canPublish
        ? `Published ${this.id}: its files are saved with no drafts. Run npm run build to put it on the public site.`
        : `Saved, but the validator still has something to say: not published.`;
    }
  }

  #change(facts: StudioFact[]): void {
    this.facts = facts;
    this.#touch();
  }

  #touch(): void {
    this.dirty = true;
    this.checked = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.validateNow(), VALIDATE_AFTER_MS);
  }

  async validateNow(): Promise<void> {
    if (!this.id || !this.story) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const generation = ++this.#generation;
    try {
      const verdict = await api.validateStory(this.id, { story: this.story, facts: { facts: this.facts } });
      // A later change has its own validation coming: this verdict is already old.
      if (generation !== this.#generation) return;
      this.problems = verdict.problems;
      this.unpublished = verdict.unpublished;
      this.checked = true;
    } catch (error) {
      if (generation === this.#generation) this.error = `The validator could not run: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
