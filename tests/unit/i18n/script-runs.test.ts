import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../../src/i18n/script-runs';

describe('scriptRuns', () => {
  it.each([
    { name: 'Arabic with no Latin', text: 'قُتل 54 جندياً تركياً على الأقل', lang: 'ar' as const, expected: [['قُتل 54 جندياً تركياً على الأقل', null]] },
    { name: 'a format name in brackets', text: 'صورة الخريطة (PNG)', lang: 'ar' as const, expected: [['صورة الخريطة (', null], ['PNG', 'en'], [')', null]] },
    { name: 'model names with digits and hyphens', text: 'طراز S-400 وإف-35', lang: 'ar' as const, expected: [['طراز ', null], ['S-400', 'en'], [' وإف-35', null]] },
    { name: 'a Latin name of two words, full stop left outside', text: 'الحدود: Natural Earth.', lang: 'ar' as const, expected: [['الحدود: ', null], ['Natural Earth', 'en'], ['.', null]] },
    { name: 'English with no Arabic', text: 'At least 54 Turkish soldiers (S-400).', lang: 'en' as const, expected: [['At least 54 Turkish soldiers (S-400).', null]] },
    { name: 'an Arabic quote in an English note', text: 'It says "in north-eastern Syria" (شمال شرقي سوريا). Idlib', lang: 'en' as const, expected: [['It says "in north-eastern Syria" (', null], ['شمال شرقي سوريا', 'ar'], ['). Idlib', null]] },
    { name: 'an Arabic word ending in a mark (tanween) keeps it', text: 'one جندياً only', lang: 'en' as const, expected: [['one ', null], ['جندياً', 'ar'], [' only', null]] },
    { name: 'guillemets stay outside', text: '"Some of them" («بعضهم») is not a number', lang: 'en' as const, expected: [['"Some of them" («', null], ['بعضهم', 'ar'], ['») is not a number', null]] },
    { name: 'an empty string', text: '', lang: 'en' as const, expected: [['', null]] },
  ])('$name', ({ text, lang, expected }) => {
    const runs = scriptRuns(text, lang);
    expect(runs.map((r) => [r.text, r.lang])).toEqual(expected);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});
