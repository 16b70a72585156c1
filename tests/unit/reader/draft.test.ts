import { describe, expect, it } from 'vitest';
import { draftStory, readQuantity, type DraftJson } from '../../../authoring/reader/index';

const ARTICLE = [
  'نزوح جماعي من إدلب 🚨',
  'قالت الأمم المتحدة إن نحو 900 ألف شخص نزحوا من شمال غربي سوريا منذ ديسمبر الماضي، بينهم أكثر من 500 ألف طفل.',
  'وأفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنياً، بينهم 5 أطفال، في قصف جوي على ريف إدلب الجنوبي يوم الثلاثاء.',
  'وأضاف أن 30 آخرين أصيبوا بجروح. وفي حلب، اعتقلت قوات النظام 15 شاباً.',
  'وبلغت حصيلة القتلى منذ بداية الحملة 1,750 شخصاً على الأقل. وتستضيف تركيا نحو ٣٫٦ مليون لاجئ سوري.',
  'وفي عام 2019، قُتِلَ 3 آلاف و364 مدنياً بحسب الشبكة السورية لحقوق الإنسان.',
  'وأشار التقرير إلى أن ما بين 80 و100 ألف شخص يعيشون في المنطقة الجبلية، وأن 60% منهم من النساء والأطفال.',
].join('\n');

const chars = Array.from(ARTICLE);
const slice = (start: number, end: number) => chars.slice(start, end).join('');

function everyOffsetSlices(draft: DraftJson): void {
  for (const q of draft.quantities) {
    expect(slice(q.start, q.end)).toBe(q.text);
    if (q.counted) expect(slice(q.counted.start, q.counted.end)).toBe(q.counted.text);
  }
  for (const p of draft.places) expect(slice(p.start, p.end)).toBe(p.text);
  for (const f of draft.facts) expect(slice(f.target.selector[1].start, f.target.selector[1].end)).toBe(f.target.selector[0].exact);
}

describe('draftStory on a second article', () => {
  const draft = draftStory(ARTICLE);

  it('drafts one fact per figure with a category, in text order', () => {
    expect(draft.facts.map((f) => [f.id, f.region, f.quantity.min, f.quantity.max, f.quantity.qualifier])).toEqual([
      ['displaced-900000-s1', 'syria', 900_000, 900_000, 'about'],
      ['displaced-500000-s1', 'syria', 500_001, null, 'more-than'],
      ['killed-12-s2', 'idlib', 12, 12, 'exact'],
      ['killed-5-s2', 'idlib', 5, 5, 'exact'],
      ['injured-30-s3', 'idlib', 30, 30, 'exact'],
      ['detained-15-s4', 'aleppo', 15, 15, 'exact'],
      ['killed-1750-s5', 'idlib', 1_750, null, 'at-least'],
      ['refugees-3600000-s6', 'turkey', 3_600_000, 3_600_000, 'about'],
      ['killed-3364-s7', 'idlib', 3_364, 3_364, 'exact'],
    ]);
  });

  it('marks a part of a larger figure (بينهم) with partOf', () => {
    const byId = new Map(draft.facts.map((f) => [f.id, f]));
    expect(byId.get('displaced-500000-s1')?.partOf).toEqual({ fact: 'displaced-900000-s1' });
    expect(byId.get('killed-5-s2')?.partOf).toEqual({ fact: 'killed-12-s2' });
    expect(byId.get('killed-12-s2')?.partOf).toBeUndefined();
  });

  it('names the unit, and the nationality as a related region', () => {
    const refugees = draft.facts.find((f) => f.kind === 'refugees');
    expect(refugees?.quantity.unit).toEqual({ ar: 'لاجئ سوري', en: 'Syrian refugees' });
    expect(refugees?.related).toEqual([{ region: 'syria', role: 'displacement-nationality' }]);
    expect(draft.facts.find((f) => f.kind === 'injured')?.quantity.unit).toEqual({ ar: 'آخرين', en: 'others' });
  });

  it('leaves summary and translation to a person, and every quantity text reads back the same', () => {
    for (const f of draft.facts) {
      expect(f.summary).toEqual({ en: '', ar: '' });
      expect(f.translation).toBe('');
      expect(f.target.source).toBe('article.txt');
      const { min, max, qualifier } = f.quantity;
      expect(readQuantity(f.quantity.text)).toEqual({ min, max, qualifier });
    }
  });

  it('keeps counts without an event as quantities with no category', () => {
    const range = draft.quantities.find((q) => q.text === 'ما بين 80 و100 ألف شخص');
    expect(range).toMatchObject({ min: 80_000, max: 100_000, qualifier: 'exact', category: null });
    expect(draft.quantities.some((q) => q.text.includes('2019') || q.text.includes('60'))).toBe(false);
  });

  it('reports code-point offsets that slice the unmodified text (emoji, tashkeel, Arabic-Indic digits)', () => {
    everyOffsetSlices(draft);
  });

  it('handles a text with no figures and no places', () => {
    expect(draftStory('قال المتحدث إن الوضع هادئ.')).toEqual({ sentences: [{ start: 0, end: 26 }], quantities: [], places: [], facts: [] });
  });

  it('gives a fact no region when the article names no known place', () => {
    const [f] = draftStory('قُتل 20 مدنياً في قصف.').facts;
    expect(f).toMatchObject({ id: 'killed-20-s0', region: null });
  });
});
