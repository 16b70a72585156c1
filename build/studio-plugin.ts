/**
 * The studio's API, served by the dev server only (`apply: 'serve'`): never in
 * the public build, which has no studio at all.
 *
 *   GET  /__studio/api/stories                 the stories under the roots, with their drafts
 *   GET  /__studio/api/stories/<id>            a story's files (story.json, facts.json, the article, regions.geojson)
 *   POST /__studio/api/stories/<id>/validate   the validator's messages for unsaved files { story, facts }
 *   PUT  /__studio/api/stories/<id>            writes { story, facts } (then validates what was written)
 *   GET  /__studio/api/regions?q=…&lang=…      world regions by name, in Arabic or English
 *   POST /__studio/api/stories/<id>/regions    adds a region { iso } to the story's geodata
 *
 * It writes only story.json and facts.json, only inside `<root>/<id>/` of a
 * story root, for ids the app itself accepts (src/model/ids.ts), never through
 * a link, and only JSON the schema's shape allows: the files on disk stay the
 * source of truth, written as src/studio/story-text.ts formats them.
 */
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { isId } from '../src/model/ids';
import type { Problem } from '../src/model/problems';
import { RegionIndex, type RegionCollection } from '../src/model/regions';
import { factsJsonText, storyJsonText } from '../src/studio/story-text';
import { publicationProblems, validateStoryFolder, type Geodata } from './story-folder';
import { searchRegions } from '../authoring/gazetteer/index';
import { addRegionToStory } from '../authoring/regions/index';

export const STUDIO_API = '/__studio/api/';
/** Larger bodies are refused before they are parsed (the first story's files are ~40 kB). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface StudioRegionHit {
  iso: string;
  id: string;
  name_en: string;
  name_ar: string;
  /** 'country', 'admin1', … as the gazetteer says. */
  level?: string;
}

/** The world regions the studio searches and adds (authoring/regions: searchRegions, addRegionToStory). */
export interface StudioRegions {
  search(query: string, lang?: 'ar' | 'en'): StudioRegionHit[] | Promise<StudioRegionHit[]>;
  /** Adds the region to the story folder's geodata and returns its id in the story. */
  add(storyDir: string, iso: string): string | Promise<string>;
}

export interface StudioApiOptions {
  /** Folders holding one folder per story; the first that has an id wins. */
  storyRoots: string[];
  /** The folder holding the committed geodata. */
  geodataDir: string;
  /** Default: the world's regions (authoring/gazetteer, authoring/regions). */
  regions?: StudioRegions;
}

export interface StudioRequest {
  method: string;
  /** Path and query, e.g. /__studio/api/stories/x?y */
  url: string;
  body?: unknown;
}

export interface StudioResponse {
  status: number;
  body: unknown;
}

export interface StoryListing {
  id: string;
  title: string;
  drafts: number;
  untranslated: number;
}

const STORY_FILES = ['story.json', 'facts.json'] as const;

export interface StudioVerdict {
  problems: Problem[];
  /** Why the public build would leave the story out (drafts, texts to write); null when it does not validate. */
  unpublished: string[] | null;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

function draftCounts(folder: string): { drafts: number; untranslated: number; title: string } {
  const story = readJson(join(folder, 'story.json'));
  const facts = readJson(join(folder, 'facts.json'));
  const list = isObject(facts) && Array.isArray(facts['facts']) ? facts['facts'] : [];
  const sentences = isObject(story) && Array.isArray(story['sentences']) ? story['sentences'] : [];
  const title = isObject(story) && isObject(story['title']) ? String(story['title']['en'] || story['title']['ar'] || '') : '';
  return {
    title,
    drafts: list.filter((f) => isObject(f) && f['draft'] === true).length,
    untranslated: sentences.filter((s) => isObject(s) && s['en'] === '').length,
  };
}

export class StudioApi {
  private readonly roots: string[];

  constructor(private readonly options: StudioApiOptions) {
    this.roots = options.storyRoots.map((root) => resolve(root));
  }

  /** The folder of a story id, or a refusal: a bad id, a path outside the roots, a link. */
  storyFolder(id: string): string {
    if (!isId(id)) throw new Refused(400, 'not a story id (kebab-case, at most 100 characters)');
    for (const root of this.roots) {
      const folder = join(root, id);
      // isId already rules out '/', '.', '..'; this is the belt to its braces.
      if (relative(root, folder) !== id || folder.includes(`..${sep}`)) throw new Refused(400, 'not a story folder');
      if (!existsSync(folder)) continue;
      if (lstatSync(folder).isSymbolicLink() || !lstatSync(folder).isDirectory()) throw new Refused(403, 'the story folder is a link or not a folder');
      if (!realpathSync(folder).startsWith(realpathSync(root) + sep)) throw new Refused(403, 'the story folder is outside the story root');
      return folder;
    }
    throw new Refused(404, `no story "${id}"`);
  }

  listStories(): StoryListing[] {
    const seen = new Map<string, StoryListing>();
    for (const root of this.roots) {
      if (!existsSync(root)) continue;
      for (const name of readdirSync(root).sort()) {
        const folder = join(root, name);
        if (seen.has(name) || !isId(name) || lstatSync(folder).isSymbolicLink() || !lstatSync(folder).isDirectory()) continue;
        seen.set(name, { id: name, ...draftCounts(folder) });
      }
    }
    return [...seen.values()];
  }

  readStory(id: string) {
    const folder = this.storyFolder(id);
    const file = (name: string) => {
      const path = join(folder, name);
      return existsSync(path) && !lstatSync(path).isSymbolicLink() ? readFileSync(path, 'utf8') : null;
    };
    const storyText = file('story.json');
    const story = storyText === null ? null : (readJson(join(folder, 'story.json')) as Record<string, unknown> | null);
    const articleName = isObject(story) && isObject(story['article']) && typeof story['article']['file'] === 'string' ? story['article']['file'] : 'article.txt';
    return {
      id,
      story,
      facts: readJson(join(folder, 'facts.json')),
      article: /^[\w-][\w.-]{0,99}$/.test(articleName) ? file(articleName) : null,
      regions: readJson(join(folder, 'regions.geojson')),
    };
  }

  /** The validator's verdict on the files as they would be written (nothing is written). */
  async validate(id: string, body: unknown): Promise<StudioVerdict> {
    const folder = this.storyFolder(id);
    const texts = storyTexts(id, body);
    keepsArticle(readJson(join(folder, 'story.json')), (body as { story: unknown }).story);
    // The full check of `npm run validate`, on a copy holding the candidate files.
    const scratch = mkdtempSync(join(tmpdir(), 'isnad-studio-'));
    try {
      const copy = join(scratch, id);
      cpSync(folder, copy, { recursive: true, dereference: false });
      for (const name of STORY_FILES) writeFileSync(join(copy, name), texts[name]);
      return await this.validateFolder(copy, id);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  /** Writes story.json and facts.json, then returns the validator's verdict on them. */
  async save(id: string, body: unknown): Promise<StudioVerdict> {
    const folder = this.storyFolder(id);
    const texts = storyTexts(id, body);
    keepsArticle(readJson(join(folder, 'story.json')), (body as { story: unknown }).story);
    for (const name of STORY_FILES) {
      const path = join(folder, name);
      if (existsSync(path) && lstatSync(path).isSymbolicLink()) throw new Refused(403, `${name} is a link`);
    }
    for (const name of STORY_FILES) writeFileSync(join(folder, name), texts[name]);
    return this.validateFolder(folder, id);
  }

  async searchRegions(query: string, lang: string | null): Promise<StudioRegionHit[]> {
    if (query.trim() === '' || query.length > 200) return [];
    return (await (this.options.regions ?? worldRegions).search(query, lang === 'ar' || lang === 'en' ? lang : undefined)).slice(0, 20);
  }

  async addRegion(id: string, body: unknown): Promise<{ region: string }> {
    const folder = this.storyFolder(id);
    const iso = isObject(body) ? body['iso'] : undefined;
    // ISO 3166-1 alpha-2 (TR) or 3166-2 (SY-ID, YE-HU), or a composite region's id.
    if (typeof iso !== 'string' || !/^[A-Za-z0-9-]{2,40}$/.test(iso)) throw new Refused(400, 'an ISO 3166 code, e.g. YE or YE-HU');
    try {
      return { region: await (this.options.regions ?? worldRegions).add(folder, iso) };
    } catch (error) {
      throw new Refused(404, error instanceof Error ? error.message : String(error));
    }
  }

  private async validateFolder(folder: string, id: string): Promise<StudioVerdict> {
    const label = relative(process.cwd(), this.storyFolder(id));
    const { story, problems } = await validateStoryFolder(folder, label, this.sharedGeodata());
    // The build's own rule for what it publishes: null when the story does not even validate.
    return { problems, unpublished: story ? publicationProblems(story) : null };
  }

  /** The committed geodata, for a story without its own regions.geojson (validateStoryFolder picks). */
  private sharedGeodata(): Geodata {
    const collection = JSON.parse(readFileSync(join(this.options.geodataDir, 'regions.geojson'), 'utf8')) as RegionCollection;
    return { regions: RegionIndex.fromGeoJSON(collection), collection };
  }

  /** One request, routed; every refusal is a status and a message, never a stack trace. */
  async handle(request: StudioRequest): Promise<StudioResponse> {
    const url = new URL(request.url, 'http://studio.invalid');
    if (!url.pathname.startsWith(STUDIO_API)) return { status: 404, body: { error: 'not found' } };
    const parts = url.pathname.slice(STUDIO_API.length).split('/');
    let segments: string[];
    try {
      segments = parts.map((part) => decodeURIComponent(part));
    } catch {
      return { status: 400, body: { error: 'bad path' } };
    }
    const [what, id, action, ...rest] = segments;
    try {
      if (rest.length > 0) throw new Refused(404, 'not found');
      if (what === 'stories' && id === undefined && request.method === 'GET') return ok(this.listStories());
      if (what === 'regions' && id === undefined && request.method === 'GET') return ok(await this.searchRegions(url.searchParams.get('q') ?? '', url.searchParams.get('lang')));
      if (what === 'stories' && id !== undefined) {
        if (action === undefined && request.method === 'GET') return ok(this.readStory(id));
        if (action === undefined && request.method === 'PUT') return ok(await this.save(id, request.body));
        if (action === 'validate' && request.method === 'POST') return ok(await this.validate(id, request.body));
        if (action === 'regions' && request.method === 'POST') return ok(await this.addRegion(id, request.body));
      }
      throw new Refused(404, 'not found');
    } catch (error) {
      if (error instanceof Refused) return { status: error.status, body: { error: error.message } };
      return { status: 500, body: { error: error instanceof Error ? error.message : String(error) } };
    }
  }
}

const ok = (body: unknown): StudioResponse => ({ status: 200, body });

/**
 * The files a body asks to write, formatted; refused unless it is { story, facts }
 * with the story's own id and a facts list. The validator judges the rest.
 */
export function storyTexts(id: string, body: unknown): Record<(typeof STORY_FILES)[number], string> {
  if (!isObject(body) || !isObject(body['story']) || !isObject(body['facts'])) throw new Refused(400, 'the body must be { "story": {…}, "facts": {…} }');
  const extra = Object.keys(body).filter((key) => key !== 'story' && key !== 'facts');
  if (extra.length > 0) throw new Refused(400, `unknown field ${JSON.stringify(extra[0])}`);
  if (body['story']['id'] !== id) throw new Refused(400, 'story.json must keep the story\'s id');
  if (!Array.isArray(body['facts']['facts'])) throw new Refused(400, 'facts.json must hold a "facts" list');
  if (!body['facts']['facts'].every((fact) => isObject(fact) && typeof fact['id'] === 'string')) throw new Refused(400, 'each fact must be an object with an id');
  return { 'story.json': storyJsonText(body['story']), 'facts.json': factsJsonText(body['facts']) };
}

/** The archived article is never the studio's to change: its file name and hash stay those on disk. */
function keepsArticle(onDisk: unknown, next: unknown): void {
  const article = (story: unknown) => (isObject(story) && isObject(story['article']) ? story['article'] : {});
  const [before, after] = [article(onDisk), article(next)];
  if (isObject(onDisk) && (before['file'] !== after['file'] || before['sha256'] !== after['sha256'])) {
    throw new Refused(400, 'the studio never changes the archived article (article.file and article.sha256 stay as they are)');
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Refused(413, 'the body is too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new Refused(400, 'the body is not JSON');
  }
}

/**
 * Only the studio page itself may call the API: a page of another site cannot send
 * JSON without a preflight we never answer, and its Origin is not this server's.
 */
export function requestRefusal(req: Pick<IncomingMessage, 'method' | 'headers'>): string | null {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    try {
      if (new URL(origin).host !== req.headers.host) return 'another origin';
    } catch {
      return 'another origin';
    }
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'another site';
  if (req.method !== 'GET' && !String(req.headers['content-type'] ?? '').startsWith('application/json')) return 'not JSON';
  return null;
}

export async function serveStudio(api: StudioApi, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = ({ status, body }: StudioResponse) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const refusal = requestRefusal(req);
  if (refusal) return send({ status: 403, body: { error: `refused: ${refusal}` } });
  let body: unknown;
  try {
    body = req.method === 'GET' ? undefined : await readBody(req);
  } catch (error) {
    return send(error instanceof Refused ? { status: error.status, body: { error: error.message } } : { status: 400, body: { error: 'unreadable body' } });
  }
  send(await api.handle({ method: req.method ?? 'GET', url: req.url ?? '/', body }));
}

export interface StudioPluginOptions {
  storyRoots?: string[];
  geodataDir?: string;
  regions?: StudioRegions;
}

export function studioPlugin(options: StudioPluginOptions): Plugin {
  return {
    name: 'isnad:studio',
    // The studio exists in the dev server only: the public build never sees this plugin.
    apply: 'serve',
    configureServer(server) {
      const root = server.config.root;
      const at = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
      const api = new StudioApi({
        storyRoots: (options.storyRoots ?? ['public/stories']).map(at),
        geodataDir: at(options.geodataDir ?? 'geodata'),
        ...(options.regions ? { regions: options.regions } : {}),
      });
      server.middlewares.use((req, res, next) => {
        if (!(req.url ?? '').startsWith(STUDIO_API)) return next();
        serveStudio(api, req, res).catch(next);
      });
    },
  };
}

/** The world's regions: the gazetteer's search and the story geodata's cutter (authoring/). */
export const worldRegions: StudioRegions = {
  search: (query, lang) => searchRegions(query, lang),
  add: async (storyDir, iso) => (await addRegionToStory(storyDir, iso)).id,
};
