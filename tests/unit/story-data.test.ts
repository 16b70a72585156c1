/** The first story carries the facts the issue asks for, each with its exact quote. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_STORY, loadModel } from '../helpers/stories';

const model = await loadModel(FIRST_STORY);
const fact = (id: string) => {
  const found = model.factById.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

describe('the first story', () => {
  it('archives the article byte for byte', () => {
    const bytes = readFileSync(join(FIRST_STORY, 'article.txt'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('c8afee0f19e48acf019b13a8ab0c4a007a31424ecc688b6d325a895ba1fd0838');
  });

  it('does not invent a publication date', () => {
    expect(model.story.published).toBeUndefined();
  });

  it.each([
    { id: 'killed-34-air-strike', region: 'northern-syria', quantity: { min: 34, max: null, qualifier: 'at-least' }, quote: 'مقتل 34 جندياً تركياً على الأقل' },
    { id: 'killed-54-idlib', region: 'idlib', quantity: { min: 54, max: null, qualifier: 'at-least' }, quote: 'قُتل 54 جندياً تركياً على الأقل في إدلب' },
    { id: 'displaced-thousands-idlib', region: 'idlib', quantity: { qualifier: 'vague', text: 'الآلاف' }, quote: 'تشريد الآلاف في إدلب' },
    { id: 'officers-dismissed-after-coup', region: 'turkey', quantity: { qualifier: 'vague', text: 'الآلاف' }, quote: 'بطرد الآلاف من الضباط العسكريين الأتراك' },
  ])('$id: $quote on $region', ({ id, region, quantity, quote }) => {
    const f = fact(id);
    expect(f.region).toBe(region);
    expect(f.quantity).toMatchObject(quantity);
    expect(f.target.selector[0].exact).toContain(quote);
    const { start, end } = f.target.selector[1];
    expect(model.articleIndex.slice(start, end)).toBe(f.target.selector[0].exact);
  });

  it('records the 34 as part of the 54, with the reason', () => {
    expect(fact('killed-34-air-strike').partOf?.fact).toBe('killed-54-idlib');
    expect(fact('killed-34-air-strike').partOf?.inferred?.reason.en).toMatch(/February/);
    expect(fact('killed-34-air-strike').partOf?.inferred?.reason.ar).toMatch(/فبراير/);
  });

  it('keeps the "north-eastern Syria" wording and says Idlib is in the north-west', () => {
    const notes = fact('killed-34-air-strike').notes ?? [];
    expect(notes.map((n) => n.en).join(' ')).toContain('شمال شرقي سوريا');
    expect(notes.map((n) => n.en).join(' ')).toMatch(/north-west/);
    expect(notes.map((n) => n.ar).join(' ')).toContain('شمال شرقي سوريا');
    expect(notes.map((n) => n.ar).join(' ')).toContain('الشمال الغربي');
  });

  it('marks the year 2020 as inferred, with the reason', () => {
    const meeting = fact('north-atlantic-council-meeting');
    expect(meeting.time).toMatchObject({ date: '2020-02-28', stated: 'الجمعة في 28 فبراير' });
    expect(meeting.time?.inferred?.reason.en).toMatch(/29 members/);
    expect(meeting.time?.inferred?.reason.ar).toMatch(/29 عضواً/);
    expect(model.article).not.toContain('2020');
  });

  it('makes the asylum fact a movement from Turkey to Europe', () => {
    expect(fact('officers-granted-asylum-in-europe')).toMatchObject({ origin: 'turkey', destination: 'europe', category: 'displacement', kind: 'granted-asylum' });
  });

  it('covers every sentence with at least one fact', () => {
    expect(model.sentences.filter((s) => s.facts.length === 0).map((s) => s.index)).toEqual([]);
  });

  it('has the NATO calls, the meeting, Articles 4 and 5, and the S-400 purchase', () => {
    for (const id of ['nato-urges-de-escalation', 'nato-calls-to-stop-idlib-offensive', 'nato-calls-to-stop-idlib-air-strikes', 'nato-calls-for-un-political-process', 'north-atlantic-council-meeting', 'article-4-consultations', 'article-5-collective-defence', 's-400-purchase']) {
      expect(model.factById.has(id), id).toBe(true);
    }
  });
});
