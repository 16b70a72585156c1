/**
 * The reader on the hand-annotated article corpus (tests/fixtures/reader-corpus):
 * the bar of issue 13 on the dev articles and on the ten held-out sets. Each
 * held-out set was scored blind once, then general fixes followed, so sets 1–10
 * are all now seen (docs/reader.md and results/ give the blind figures): they
 * guard regressions and no longer measure unseen text. The third and fourth
 * sets' floors are what the reader reaches on them now (third: 68/68 values,
 * 67/68 categories; fourth: 74/74 and 74/74, results/heldout-4-after.txt).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../../authoring/reader/score';
import { loadCorpus } from '../../../scripts/draft';

const root = join(import.meta.dirname, '../../fixtures/reader-corpus/articles');

const BAR = { values: 0.97, categories: 0.9 };
const SETS = [
  { name: 'dev', dir: join(root, 'dev'), articles: 7, ...BAR },
  { name: 'held-out', dir: join(root, 'heldout'), articles: 5, ...BAR },
  { name: 'second held-out', dir: join(root, 'heldout-2'), articles: 4, ...BAR },
  { name: 'third held-out (seen)', dir: join(root, 'heldout-3'), articles: 6, values: 1, categories: 1 },
  // Written blind with at least 7 figures an article (the Derna anniversary piece has 7).
  { name: 'fourth held-out (seen)', dir: join(root, 'heldout-4'), articles: 6, values: 1, categories: 1, minFigures: 7 },
  // Scored blind once (results/heldout-5-blind.txt: 91.2% / 71.7%, 5 false figures), then seen: 113/113 values, 112/113 categories.
  // After the thirteenth set (round 2): 111/111 and 111/111 (one annotation changed under the convention on families).
  { name: 'fifth held-out (seen)', dir: join(root, 'heldout-5'), articles: 8, values: 1, categories: 1 },
  // Scored blind once (results/heldout-6-blind.txt: 95.0% / 84.0%, no false figure), then seen: 100/100 and 100/100
  // (results/heldout-6-after.txt). The returns release has 7 figures.
  { name: 'sixth held-out (seen)', dir: join(root, 'heldout-6'), articles: 8, values: 1, categories: 1, minFigures: 7 },
  // Scored blind once (results/heldout-7-blind.txt: 94.3% / 77.0%, 3 false figures), then seen: 121/122 values,
  // 118/122 categories (results/heldout-7-after.txt; docs/reader.md says why the four left stay). The Gaza toll has 8 figures.
  // After the eighth set «المنفذين» is a definite dual, no count, under the written convention: 121/121 and 118/121.
  // After the thirteenth set (round 2), under the conventions on places and families: 118/118 and 116/118.
  { name: 'seventh held-out (seen)', dir: join(root, 'heldout-7'), articles: 10, values: 1, categories: 0.98 },
  // Scored blind once (results/heldout-8-blind.txt: 88.3% / 78.8%, 4 false figures), then seen: 130/130 and 130/130
  // (results/heldout-8-after.txt; seven figures re-annotated under the conventions, docs/reader.md). The Mosul report has 7,
  // 6 since its «في 4 مخيمات» says where under the convention on camps decided after the thirteenth set.
  { name: 'eighth held-out (seen)', dir: join(root, 'heldout-8'), articles: 10, values: 1, categories: 1, minFigures: 6 },
  // Scored blind once (results/heldout-9-blind.txt: 95.1% / 83.2%, 1 false figure), then seen: 143/143 and 143/143
  // on its annotations as written (results/heldout-9-after.txt; none changed). The Kirkuk and Hama reports have 12
  // (the Kirkuk report 11 since its «في 15 مخيماً» says where under the convention on camps, after the thirteenth set).
  { name: 'ninth held-out (seen)', dir: join(root, 'heldout-9'), articles: 10, values: 1, categories: 1, minFigures: 11 },
  // Scored blind once (results/heldout-10-blind.txt: 96.6% / 89.9%, 3 false figures), then seen: 149/149 and 149/149
  // on its annotations as written (results/heldout-10-after.txt; none changed). The West Bank report has 11.
  { name: 'tenth held-out (seen)', dir: join(root, 'heldout-10'), articles: 10, values: 1, categories: 1, minFigures: 11 },
  // Scored blind once (results/heldout-11-blind.txt: 95.2% / 88.3%, 5 false figures), then seen: 142/145 values and
  // 137/145 categories (results/heldout-11-after.txt; one annotation changed under the conventions, a breach is a
  // violation; docs/reader.md says what is left). No non-count read. The Sinjar report has 10.
  // After the thirteenth set (round 2): 142/145 values, 139/145 categories.
  { name: 'eleventh held-out (seen)', dir: join(root, 'heldout-11'), articles: 10, values: 0.97, categories: 0.95, minFigures: 10 },
  // Scored blind once (results/heldout-12-blind.txt: 92.5% / 86.2%, 5 false figures), then seen: 153/160 values and
  // 150/160 categories (results/heldout-12-after.txt; one annotation changed under the conventions, shelters after في
  // are counted; docs/reader.md says what is left). No non-count read. The El Fasher report has 13.
  { name: 'twelfth held-out (seen)', dir: join(root, 'heldout-12'), articles: 10, values: 0.95, categories: 0.94, minFigures: 13 },
  // Scored blind once (results/heldout-13-blind.txt: 96.5% / 88.8%, 4 false figures), then seen (results/heldout-13-after.txt).
  // Its three counts of places after a preposition, once left open, now say where under the convention decided after it
  // (a camp is a place; إلى is a preposition of place), so no false figure is allowed. The Somali report has 11.
  // After round 2: 143/143 values, 142/143 categories (left: «أكثر من 15 ألف عراقي» in a camp named only by its name).
  { name: 'thirteenth held-out (seen)', dir: join(root, 'heldout-13'), articles: 10, values: 1, categories: 0.99, minFigures: 11 },
  // Scored blind once (results/heldout-14-blind.txt: 98.0% / 94.0%, 1 false figure, ٤ مواسم متتالية), then seen
  // (results/heldout-14-after.txt: 146/149 values, 146/149 categories, no non-count read). The least annotated report has 12.
  { name: 'fourteenth held-out (seen)', dir: join(root, 'heldout-14'), articles: 10, values: 0.97, categories: 0.975, minFigures: 12 },
  // Scored blind once (results/heldout-15-blind.txt: 98.7% / 89.5%, 2 false figures, الهجوم الـ14 and عائلة واحدة), then
  // seen (results/heldout-15-after.txt: 153/153 values, 147/153 categories, no non-count read). The least annotated has 13.
  { name: 'fifteenth held-out (seen)', dir: join(root, 'heldout-15'), articles: 10, values: 1, categories: 0.96, minFigures: 13 },
  // Scored blind once (results/heldout-16-blind.txt: 97.1% / 93.6%, 2 false figures, جبل عامل read as one worker and the
  // missing man read at مفقوداً), then seen (results/heldout-16-after.txt: 137/140 values, 133/140 categories, no non-count read).
  { name: 'sixteenth held-out (seen)', dir: join(root, 'heldout-16'), articles: 10, values: 0.975, categories: 0.945, minFigures: 12 },
  // Scored blind once (results/heldout-17-blind.txt: 97.3% / 90.7%, 2 false figures, من أصل 1,2 مليون of rubble and
  // في 6 جماعات قروية), then seen (results/heldout-17-after.txt: 146/150 values, 136/150 categories, no non-count read).
  { name: 'seventeenth held-out (seen)', dir: join(root, 'heldout-17'), articles: 10, values: 0.97, categories: 0.9, minFigures: 13 },
  // Scored blind once (results/heldout-18-blind.txt: 95.8% / 93.7%, 5 false figures: كوردستان24 twice, للفوج الـ١٥,
  // المؤلف من ٥ طبقات, في 27 موقعاً), then seen (results/heldout-18-after.txt: 137/143 values, 134/143 categories, no non-count read).
  { name: 'eighteenth held-out (seen)', dir: join(root, 'heldout-18'), articles: 10, values: 0.955, categories: 0.935, minFigures: 12 },
  // Scored blind once (results/heldout-19-blind.txt: 95.7% / 89.2%, 2 false figures: لا يزال الثالث محتجزاً read at محتجزاً,
  // بمعدل طفلين كل أسبوع), then seen (results/heldout-19-after.txt: 134/139 values, 126/139 categories, no non-count read).
  { name: 'nineteenth held-out (seen)', dir: join(root, 'heldout-19'), articles: 10, values: 0.96, categories: 0.9, minFigures: 12 },
  // Scored blind once (results/heldout-20-blind.txt: 98.6% / 95.2%, 2 false figures: 8 كيلوغرامات and ٩٥ عائلة told by its
  // members), then seen (results/heldout-20-after.txt: 143/145 values, 141/145 categories, no non-count read). Two kinds changed
  // airstrike -> strike per the convention on غارة (docs/reader.md); categories unchanged by it.
  { name: 'twentieth held-out (seen)', dir: join(root, 'heldout-20'), articles: 10, values: 0.98, categories: 0.97, minFigures: 13 },
  // Scored blind once (results/heldout-21-blind.txt: 98.0% / 89.2%, no false figure; the Amnesty report on executions had
  // nine category misses), then seen (results/heldout-21-after.txt: 147/148 values, 138/148 categories, no non-count read).
  { name: 'twenty-first held-out (seen)', dir: join(root, 'heldout-21'), articles: 10, values: 0.99, categories: 0.93, minFigures: 12 },
  // Scored blind once (results/heldout-22-blind.txt: 96.3% / 91.0%, 1 false figure: a rate, بمعدل يومي يقارب 1,300 شخص),
  // then seen (results/heldout-22-after.txt: 134/134 values, 132/134 categories, no non-count read).
  { name: 'twenty-second held-out (seen)', dir: join(root, 'heldout-22'), articles: 10, values: 0.99, categories: 0.98, minFigures: 12 },
  // Scored blind once (results/heldout-23-blind.txt: 96.6% / 93.9%, 3 false figures: قاصرين read as a dual, ٩٥ أسرة عالقة told
  // by its members, the woman of جثتي امرأة وطفلها counted again), then seen (results/heldout-23-after.txt: 147/148 values,
  // 146/148 categories, no non-count read).
  { name: 'twenty-third held-out (seen)', dir: join(root, 'heldout-23'), articles: 10, values: 0.99, categories: 0.98, minFigures: 12 },
  // Scored blind once (results/heldout-24-blind.txt: 97.1% / 92.1%, 1 false figure: the first of two ages, ٨ و١١ عاماً),
  // then seen (results/heldout-24-after.txt: 140/140 values, 138/140 categories, no non-count read).
  { name: 'twenty-fourth held-out (seen)', dir: join(root, 'heldout-24'), articles: 10, values: 1, categories: 0.98, minFigures: 10 },
  // Scored blind once (results/heldout-25-blind.txt: 98.0% / 89.1%, 1 false figure: 173 عائلة بواقع 612 فرداً),
  // then seen (results/heldout-25-after.txt: 146/147 values, 146/147 categories, no non-count read).
  { name: 'twenty-fifth held-out (seen)', dir: join(root, 'heldout-25'), articles: 10, values: 0.99, categories: 0.99, minFigures: 11 },
  // Scored blind once (results/heldout-26-blind.txt: 98.1% / 94.2%, 1 false figure: 50 ألف درام شهرياً),
  // then seen (results/heldout-26-after.txt: 154/154 values, 152/154 categories, no non-count read).
  { name: 'twenty-sixth held-out (seen)', dir: join(root, 'heldout-26'), articles: 10, values: 1, categories: 0.98, minFigures: 12 },
  // Scored blind once (results/heldout-27-blind.txt: 96.3% / 91.9%, 6 false figures: two rates, واحد من كل عشرة, وجبة واحدة,
  // خيمة واحدة, 30 في 30 متراً), then seen (results/heldout-27-after.txt: 135/136 values, 134/136 categories). One false
  // figure is left on purpose: «يستقبل ما بين 600 و700 شخص يومياً» (no rate word), which the twelfth, seventeenth and sixth
  // sets annotate as a count where this set does not; see docs/reader.md.
  { name: 'twenty-seventh held-out (seen)', dir: join(root, 'heldout-27'), articles: 10, values: 0.99, categories: 0.98, minFigures: 10, knownFalse: ['ما بين 600 و700 شخص يومياً'] },
  // Scored blind once (results/heldout-28-blind.txt: 100.0% / 96.1%, 3 false figures: a rank after a pronoun, هي الـ14; the
  // dual حيي after من; a zone's number in its quoted name), then seen (results/heldout-28-after.txt: 154/154 values,
  // 153/154 categories, no non-count read).
  { name: 'twenty-eighth held-out (seen)', dir: join(root, 'heldout-28'), articles: 10, values: 1, categories: 0.99, minFigures: 10 },
  // Scored blind once (results/heldout-29-blind.txt: 96.5% / 87.3%, 2 false figures: Monday, مساء الاثنين, read as two;
  // a capacity, طاقته الاستيعابية لا تتجاوز 600 شخص), then seen (results/heldout-29-after.txt: 142/142 values, 137/142
  // categories). The capacity is left disputed: the twenty-fourth set counts capacities (٥٠ ألفاً فقط، 90 سريراً) with no category.
  { name: 'twenty-ninth held-out (seen)', dir: join(root, 'heldout-29'), articles: 10, values: 1, categories: 0.96, knownFalse: ['لا تتجاوز 600 شخص'] },
  // Scored blind once (results/heldout-30-blind.txt: 99.3% / 89.9%, 2 false figures: a flight's code, الرحلة 8U 731; a range
  // of money, بين مليونين و٥ ملايين ريال), then seen (results/heldout-30-after.txt: 149/149 values, 147/149 categories).
  { name: 'thirtieth held-out (seen)', dir: join(root, 'heldout-30'), articles: 10, values: 1, categories: 0.98, minFigures: 10 },
  // Scored blind once (results/heldout-31-blind.txt: 98.2% / 91.2%, no false figure: the first set to meet the bar of issue 13
  // blind), then seen (results/heldout-31-after.txt: 170/170 values, 169/170 categories, no non-count read).
  { name: 'thirty-first held-out (seen)', dir: join(root, 'heldout-31'), articles: 10, values: 1, categories: 0.99, minFigures: 12 },
  // Scored blind once (results/heldout-32-blind.txt: 98.0% / 92.5%, 2 false figures: «one of the worst», تُعد واحدة من أسوأ;
  // a drone's model, "شاهد-136"), then seen (results/heldout-32-after.txt: 147/147 values, 142/147 categories).
  { name: 'thirty-second held-out (seen)', dir: join(root, 'heldout-32'), articles: 10, values: 1, categories: 0.96, minFigures: 12 },
  // Scored blind once each, all three at one commit with no fix between (the stop's final measurement: results/heldout-33-blind.txt
  // 93.3% / 86.1%, no false figure; -34- 91.4% / 78.8%, 3; -35- 96.4% / 87.0%, 3), then seen (results/heldout-3N-after.txt).
  // Their categories stay below the bar even seen: the floors hold what the reader reaches, to guard regressions.
  { name: 'thirty-third held-out (seen)', dir: join(root, 'heldout-33'), articles: 10, values: 0.96, categories: 0.89, minFigures: 11 },
  { name: 'thirty-fourth held-out (seen)', dir: join(root, 'heldout-34'), articles: 10, values: 0.96, categories: 0.83, minFigures: 13 },
  { name: 'thirty-fifth held-out (seen)', dir: join(root, 'heldout-35'), articles: 10, values: 0.99, categories: 0.89, minFigures: 9 },
  // Scored blind once each, all three at one commit after the fixes for 33–35 (results/heldout-36-blind.txt 96.7% / 90.2%, 1 false
  // figure; -37- 98.6% / 89.4%, 1; -38- 96.9% / 92.5%, 3), then seen (results/heldout-3N-after.txt).
  { name: 'thirty-sixth held-out (seen)', dir: join(root, 'heldout-36'), articles: 10, values: 1, categories: 0.93, minFigures: 9 },
  { name: 'thirty-seventh held-out (seen)', dir: join(root, 'heldout-37'), articles: 10, values: 0.98, categories: 0.89, minFigures: 11 },
  { name: 'thirty-eighth held-out (seen)', dir: join(root, 'heldout-38'), articles: 10, values: 0.97, categories: 0.93, minFigures: 12 },
  // The stop's last measurement, scored blind once each at one commit with the reader frozen (results/heldout-39-blind.txt 98.0% /
  // 86.5%, 2 false figures; -40- 92.4% / 84.1%, 2; -41- 98.5% / 94.7%, 1), then seen (results/heldout-4N-after.txt).
  { name: 'thirty-ninth held-out (seen)', dir: join(root, 'heldout-39'), articles: 10, values: 0.97, categories: 0.93, minFigures: 9 },
  { name: 'fortieth held-out (seen)', dir: join(root, 'heldout-40'), articles: 10, values: 0.93, categories: 0.86, minFigures: 10 },
  { name: 'forty-first held-out (seen)', dir: join(root, 'heldout-41'), articles: 10, values: 0.99, categories: 0.96, minFigures: 10 },
  // The final batch: the stop's final reader (10dd34f) scored blind once on each, all at one commit (results/heldout-42-blind.txt
  // 95.3% / 89.9%, 1 false figure; -43- 98.3% / 95.8%, 1; -44- 97.6% / 91.2%, none: set 44 met the bar), then seen. Two non-counts
  // are left read: set 42's families told by their members a clause later («نحو 14 ألف أسرة … تضم قرابة 67 ألف فرد», a known
  // miss of the reader) and set 43's one drone joined to two helicopters («بمروحيتين وطائرة مسيّرة», which the written rule on a
  // thing joined to a count of things counts and the author did not: disputed).
  { name: 'forty-second held-out (seen)', dir: join(root, 'heldout-42'), articles: 10, values: 0.96, categories: 0.91, minFigures: 10, knownFalse: ['نحو 14 ألف أسرة'] },
  { name: 'forty-third held-out (seen)', dir: join(root, 'heldout-43'), articles: 10, values: 0.98, categories: 0.95, minFigures: 9, knownFalse: ['طائرة'] },
  { name: 'forty-fourth held-out (seen)', dir: join(root, 'heldout-44'), articles: 10, values: 0.97, categories: 0.91, minFigures: 9 },
  // Scored blind once each at one commit on the reader as it shipped (40eac3e; results/heldout-4N-blind.txt: 97.6% / 90.4%, 2 false
  // figures; 97.4% / 95.7%, 3; 98.5% / 88.1%, none), then used to fix it. One annotation of set 45 was changed to the written
  // convention after scoring (its README says which).
  { name: 'forty-fifth held-out (seen)', dir: join(root, 'heldout-45'), articles: 10, values: 0.99, categories: 0.95, minFigures: 9 },
  { name: 'forty-sixth held-out (seen)', dir: join(root, 'heldout-46'), articles: 10, values: 0.97, categories: 0.95, minFigures: 9 },
  { name: 'forty-seventh held-out (seen)', dir: join(root, 'heldout-47'), articles: 10, values: 0.98, categories: 0.93, minFigures: 9 },
  // Scored blind once each at one commit (115ebd1; results/heldout-4N-blind.txt, heldout-50-blind.txt: 95.8% / 88.2%, 2 false
  // figures; 93.1% / 87.6%, 3; 95.9% / 86.5%, 1), then used to fix the reader.
  { name: 'forty-eighth held-out (seen)', dir: join(root, 'heldout-48'), articles: 10, values: 0.99, categories: 0.93, minFigures: 10 },
  { name: 'forty-ninth held-out (seen)', dir: join(root, 'heldout-49'), articles: 10, values: 0.95, categories: 0.93, minFigures: 10 },
  { name: 'fiftieth held-out (seen)', dir: join(root, 'heldout-50'), articles: 10, values: 0.97, categories: 0.9, minFigures: 10 },
  // Scored blind once each at one commit (0bd8b7d, the reader of 43879ad; results/heldout-5N-blind.txt: 97.9% / 83.7%, 1 false
  // figure; 97.9% / 92.1%, 5; 97.9% / 92.2%, 2), then used to fix the reader.
  { name: 'fifty-first held-out (seen)', dir: join(root, 'heldout-51'), articles: 10, values: 0.98, categories: 0.91, minFigures: 10 },
  { name: 'fifty-second held-out (seen)', dir: join(root, 'heldout-52'), articles: 10, values: 0.99, categories: 0.94, minFigures: 10 },
  { name: 'fifty-third held-out (seen)', dir: join(root, 'heldout-53'), articles: 10, values: 0.98, categories: 0.94, minFigures: 10 },
  // Scored blind once each at one commit (3f9506c, the reader of e1e8bcf; results/heldout-5N-blind.txt: 97.8% / 89.9%, 5 false
  // figures; 99.2% / 90.8%, none; 95.2% / 83.7%, 1), then used to fix the reader. «17 رجلاً وفتى» is read as 17 men and one
  // boy, as the written convention on an accusative tamyiz joined to a singular says (12 رجلاً وطفل: two figures); the
  // author read one group. «القافلة، التي ضمت 173 عائلة» after «689 عراقياً» is the same people told as families (counted by
  // their members only, by the convention); the reader still counts it: a known miss.
  { name: 'fifty-fourth held-out (seen)', dir: join(root, 'heldout-54'), articles: 10, values: 0.99, categories: 0.93, minFigures: 10, knownFalse: ['فتى'] },
  { name: 'fifty-fifth held-out (seen)', dir: join(root, 'heldout-55'), articles: 10, values: 0.99, categories: 0.9, minFigures: 10 },
  // «3 مسيّرات وصاروخاً واحداً»: one missile, which its author left unannotated and set 123 counts; read since then.
  { name: 'fifty-sixth held-out (seen)', dir: join(root, 'heldout-56'), articles: 10, values: 0.97, categories: 0.87, minFigures: 10, knownFalse: ['173 عائلة', 'صاروخاً واحداً'] },
  // Scored blind once each at one commit (023282c, the reader of 01dea84; results/heldout-5N-blind.txt: 96.6% / 94.0%, 7 false
  // figures; 98.6% / 93.5%, none; 96.7% / 86.7%, none), then used to fix the reader.
  { name: 'fifty-seventh held-out (seen)', dir: join(root, 'heldout-57'), articles: 10, values: 0.96, categories: 0.95, minFigures: 10 },
  { name: 'fifty-eighth held-out (seen)', dir: join(root, 'heldout-58'), articles: 10, values: 0.98, categories: 0.93, minFigures: 10 },
  { name: 'fifty-ninth held-out (seen)', dir: join(root, 'heldout-59'), articles: 10, values: 0.97, categories: 0.88, minFigures: 10 },
  // Scored blind once each at one commit (69b28f9, the reader of 8eba131: the measurement of this stop's reader after 57–59;
  // results/heldout-6N-blind.txt), then used to fix it. Disputed, left as they are: «من معبري جيلوة غوزو وأونجو بينار» (a
  // crossing's dual after من, counted two by the rule on construct duals; its author read a place), «فسقط ابن عمي قتيلاً»
  // (one killed, which its author did not annotate), «في 5 تلال استراتيجية» (hills are counted in set 6; its author read
  // places) and «المحكمة الابتدائية بصفاقس 2» (a court's number after its town, a known miss).
  { name: 'sixtieth held-out (seen)', dir: join(root, 'heldout-60'), articles: 10, values: 0.97, categories: 0.86, minFigures: 10, knownFalse: ['معبري', 'قتيلاً أمامي'] },
  { name: 'sixty-first held-out (seen)', dir: join(root, 'heldout-61'), articles: 10, values: 0.96, categories: 0.88, minFigures: 10 },
  { name: 'sixty-second held-out (seen)', dir: join(root, 'heldout-62'), articles: 10, values: 0.98, categories: 0.93, minFigures: 10 },
  { name: 'sixty-third held-out (seen)', dir: join(root, 'heldout-63'), articles: 10, values: 0.98, categories: 0.86, minFigures: 10, knownFalse: ['5 تلال استراتيجية'] },
  { name: 'sixty-fourth held-out (seen)', dir: join(root, 'heldout-64'), articles: 10, values: 0.98, categories: 0.87, minFigures: 10 },
  { name: 'sixty-fifth held-out (seen)', dir: join(root, 'heldout-65'), articles: 10, values: 0.97, categories: 0.91, minFigures: 10 },
  // Scored blind once each at one commit (b466eb4, the reader of 072b598: the stop's measurement after 60–65; results/
  // heldout-6N-blind.txt, heldout-7N-blind.txt), then used to fix it. Disputed or known, left as they are: «لا يزال رجل في
  // الستين من عمره مفقوداً» (one missing; its author did not annotate it; no longer read since the hundred-and-nineteenth
  // set's fixes), «ألف ومئتي اتصال» (calls counted, no category;
  // not annotated), «من دولتي مصر وجنوب السودان» (states after من are parties, so the dual counts; its author read a place),
  // a wire's closing code «مار 25» and «٧٦ مليوناً مطلوبة» (a sum whose currency was told a clause before: a known miss).
  { name: 'sixty-sixth held-out (seen)', dir: join(root, 'heldout-66'), articles: 10, values: 0.96, categories: 0.89, minFigures: 10 },
  { name: 'sixty-seventh held-out (seen)', dir: join(root, 'heldout-67'), articles: 10, values: 0.97, categories: 0.91, minFigures: 10, knownFalse: ['ألف ومئتي اتصال'] },
  { name: 'sixty-eighth held-out (seen)', dir: join(root, 'heldout-68'), articles: 10, values: 0.98, categories: 0.95, minFigures: 10 },
  { name: 'sixty-ninth held-out (seen)', dir: join(root, 'heldout-69'), articles: 10, values: 0.97, categories: 0.94, minFigures: 10, knownFalse: ['دولتي'] },
  { name: 'seventieth held-out (seen)', dir: join(root, 'heldout-70'), articles: 10, values: 0.94, categories: 0.86, minFigures: 10 },
  { name: 'seventy-first held-out (seen)', dir: join(root, 'heldout-71'), articles: 10, values: 0.99, categories: 0.85, minFigures: 10 },
  // The measurement of the reader as it ships (86971a8): scored blind once each at one commit and not used to fix it
  // (results/heldout-7N-blind.txt). Floors at what it reads, and the non-counts it still reads named, so the next stop
  // starts from them: a day's rank in a headline (لليوم ٧٥٠ من العدوان), «واحدة» after a verb of making, workers and stages
  // in -ين, a sum whose currency was told before it (من أصل 18 مليوناً), a year in brackets after a resolution's number (no
  // longer read since the hundred-and-twenty-fourth set's fixes), a
  // date range in Maghreb month names (ما بين 6 و8 شتنبر), a sum in afghanis for each family, a range of children split
  // (طفلين أو ثلاثة) and a centre's accusative.
  { name: 'seventy-second held-out (measured, then fixed)', dir: join(root, 'heldout-72'), articles: 10, values: 0.98, categories: 0.89, minFigures: 10 },
  { name: 'seventy-third held-out (measured, then fixed)', dir: join(root, 'heldout-73'), articles: 10, values: 0.98, categories: 0.85, minFigures: 9, knownFalse: ['٧٥٠ من العدوان'] },
  { name: 'seventy-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-74'), articles: 10, values: 0.98, categories: 0.91, minFigures: 9, knownFalse: ['عاملين إنسانيين'] },
  { name: 'seventy-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-75'), articles: 10, values: 0.98, categories: 0.89, minFigures: 10, knownFalse: ['ثلاثة'] },
  { name: 'seventy-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-76'), articles: 10, values: 0.99, categories: 0.89, minFigures: 10 },
  { name: 'seventy-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-77'), articles: 10, values: 0.97, categories: 0.93, minFigures: 10, knownFalse: ['9,500 أفغاني', 'مركزاً'] },
  { name: 'seventy-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-78'), articles: 10, values: 0.99, categories: 0.94, minFigures: 10 },
  { name: 'seventy-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-79'), articles: 10, values: 0.96, categories: 0.92, minFigures: 10 },
  // شاريا وكبرتو 1 وكبرتو 2: camps numbered in their names, known misses.
  { name: 'eightieth held-out (measured, then fixed)', dir: join(root, 'heldout-80'), articles: 10, values: 0.98, categories: 0.9, minFigures: 10 },
  { name: 'eighty-first held-out (measured, then fixed)', dir: join(root, 'heldout-81'), articles: 10, values: 0.98, categories: 0.9, minFigures: 10 },
  { name: 'eighty-second held-out (measured, then fixed)', dir: join(root, 'heldout-82'), articles: 10, values: 0.98, categories: 0.88, minFigures: 10 },
  { name: 'eighty-third held-out (measured, then fixed)', dir: join(root, 'heldout-83'), articles: 10, values: 0.98, categories: 0.93, minFigures: 10 },
  { name: 'eighty-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-84'), articles: 10, values: 0.96, categories: 0.87, minFigures: 10, knownFalse: ['محطة'] },
  { name: 'eighty-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-85'), articles: 10, values: 0.97, categories: 0.89, minFigures: 10 },
  { name: 'eighty-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-86'), articles: 10, values: 0.99, categories: 0.9, minFigures: 10, knownFalse: ['عاملين طبيين'] },
  // عاد الباقون عبر 5 معابر أخرى: crossings passed through, a place by the author's reading; a known miss.
  { name: 'eighty-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-87'), articles: 10, values: 0.97, categories: 0.92, minFigures: 10, knownFalse: ['5 معابر أخرى'] },
  // (999) و(996) a clause after the telephone word, and an exchange rate told without its currency: known misses.
  { name: 'eighty-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-88'), articles: 10, values: 0.96, categories: 0.82, minFigures: 10, knownFalse: ['999', '996', '٥٩٠ ألفاً'] },
  { name: 'eighty-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-89'), articles: 10, values: 0.94, categories: 0.83, minFigures: 10, knownFalse: ['38'] },
  // معسكر سدي تيمان وسجن عوفر: a name read as a construct dual before a named pair; a known miss.
  { name: 'ninetieth held-out (measured, then fixed)', dir: join(root, 'heldout-90'), articles: 10, values: 0.96, categories: 0.9, minFigures: 10, knownFalse: ['سدي'] },
  { name: 'ninety-first held-out (measured, then fixed)', dir: join(root, 'heldout-91'), articles: 10, values: 0.97, categories: 0.89, minFigures: 10 },
  // في خراج بلدتي كفرشوبا وشبعا: towns in the outskirts told two words after their preposition; a known miss.
  { name: 'ninety-second held-out (measured, then fixed)', dir: join(root, 'heldout-92'), articles: 10, values: 0.98, categories: 0.9, minFigures: 10 },
  { name: 'ninety-third held-out (measured, then fixed)', dir: join(root, 'heldout-93'), articles: 10, values: 0.96, categories: 0.91, minFigures: 10 },
  { name: 'ninety-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-94'), articles: 10, values: 0.97, categories: 0.87, minFigures: 10 },
  { name: 'ninety-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-95'), articles: 10, values: 0.98, categories: 0.9, minFigures: 10 },
  // بعد 3 محاولات فاشلة: attempts, which set 78 counts (محاولة اغتيال); a known dispute.
  { name: 'ninety-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-96'), articles: 10, values: 0.96, categories: 0.87, minFigures: 10, knownFalse: ['3 محاولات'] },
  { name: 'ninety-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-97'), articles: 10, values: 0.97, categories: 0.9, minFigures: 10 },
  { name: 'ninety-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-98'), articles: 10, values: 0.97, categories: 0.92, minFigures: 10 },
  // A lone singular the author did not count: a companion told in passing (a detainee and a migrant a report was quoted
  // from are no longer read, since the hundred-and-seventeenth set's fixes).
  { name: 'ninety-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-99'), articles: 10, values: 0.95, categories: 0.89, minFigures: 10 },
  { name: 'hundredth held-out (measured, then fixed)', dir: join(root, 'heldout-100'), articles: 10, values: 0.98, categories: 0.94, minFigures: 10 },
  { name: 'hundred-and-first held-out (measured, then fixed)', dir: join(root, 'heldout-101'), articles: 10, values: 0.99, categories: 0.97, minFigures: 10, knownFalse: ['امرأة'] },
  { name: 'hundred-and-second held-out (measured, then fixed)', dir: join(root, 'heldout-102'), articles: 10, values: 0.97, categories: 0.9, minFigures: 10 },
  { name: 'hundred-and-third held-out (measured, then fixed)', dir: join(root, 'heldout-103'), articles: 10, values: 1, categories: 0.92, minFigures: 10 },
  { name: 'hundred-and-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-104'), articles: 10, values: 0.97, categories: 0.92, minFigures: 10 },
  { name: 'hundred-and-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-105'), articles: 10, values: 0.96, categories: 0.92, minFigures: 10 },
  { name: 'hundred-and-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-106'), articles: 10, values: 0.98, categories: 0.9, minFigures: 10 },
  // اعتقال زعيم أحد الفصيلين: a leader in a reward's terms, not one arrested; a known miss («ودلماس 30», a neighbourhood
  // named by a number at the end of a list of names, is no longer read since the hundred-and-thirty-first set's fixes).
  { name: 'hundred-and-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-107'), articles: 10, values: 0.99, categories: 0.95, minFigures: 10, knownFalse: ['زعيم'] },
  // The final measurement of this stop (108–113, on the reader fixed on 102–107), then fixed.
  { name: 'hundred-and-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-108'), articles: 10, values: 0.96, categories: 0.89, minFigures: 10 },
  { name: 'hundred-and-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-109'), articles: 10, values: 0.97, categories: 0.97, minFigures: 10 },
  { name: 'hundred-and-tenth held-out (measured, then fixed)', dir: join(root, 'heldout-110'), articles: 10, values: 0.99, categories: 0.94, minFigures: 10 },
  { name: 'hundred-and-eleventh held-out (measured, then fixed)', dir: join(root, 'heldout-111'), articles: 10, values: 0.95, categories: 0.87, minFigures: 9 },
  { name: 'hundred-and-twelfth held-out (measured, then fixed)', dir: join(root, 'heldout-112'), articles: 10, values: 0.98, categories: 0.93, minFigures: 10 },
  { name: 'hundred-and-thirteenth held-out (measured, then fixed)', dir: join(root, 'heldout-113'), articles: 10, values: 0.99, categories: 0.91, minFigures: 10 },
  // Measured on the reader fixed on 108–113 (a6571cd), then fixed. Known misses: «المحكمة الابتدائية بصفاقس 2» (a court
  // named by a number after its town), «جماعتي إيغيل وثلاث نيعقوب» (a place whose name is a number word), «ينام بعضهم اثنين
  // أو ثلاثة في سرير واحد» (so many to a bed).
  { name: 'hundred-and-fourteenth held-out (measured, then fixed)', dir: join(root, 'heldout-114'), articles: 10, values: 1, categories: 0.91, minFigures: 10 },
  { name: 'hundred-and-fifteenth held-out (measured, then fixed)', dir: join(root, 'heldout-115'), articles: 10, values: 0.98, categories: 0.95, minFigures: 10 },
  { name: 'hundred-and-sixteenth held-out (measured, then fixed)', dir: join(root, 'heldout-116'), articles: 10, values: 0.99, categories: 0.96, minFigures: 10 },
  { name: 'hundred-and-seventeenth held-out (measured, then fixed)', dir: join(root, 'heldout-117'), articles: 10, values: 0.98, categories: 0.85, minFigures: 10, knownFalse: ['ثلاث نيعقوب'] },
  { name: 'hundred-and-eighteenth held-out (measured, then fixed)', dir: join(root, 'heldout-118'), articles: 10, values: 0.97, categories: 0.89, minFigures: 10 },
  { name: 'hundred-and-nineteenth held-out (measured, then fixed)', dir: join(root, 'heldout-119'), articles: 10, values: 0.99, categories: 0.92, minFigures: 10, knownFalse: ['اثنين أو ثلاثة'] },
  // Measured on the reader fixed on 114–119 (7b77c06), then fixed. Known misses and disputes: «خدمة الإنقاذ 1122» (a
  // rescue service named by its number, a verb after it), «طفلان أو ثلاثة إلى النوم على سرير واحد» (so many to a bed),
  // «أكثر من 100 عامل تطعيم وشرطي» (a policeman sharing the number across a compound), «17 بنداً» (an agreement's
  // clauses, which sets 35 and 112 count and set 123 does not).
  { name: 'hundred-and-twentieth held-out (measured, then fixed)', dir: join(root, 'heldout-120'), articles: 10, values: 0.95, categories: 0.89, minFigures: 10 },
  { name: 'hundred-and-twenty-first held-out (measured, then fixed)', dir: join(root, 'heldout-121'), articles: 10, values: 0.99, categories: 0.95, minFigures: 10 },
  { name: 'hundred-and-twenty-second held-out (measured, then fixed)', dir: join(root, 'heldout-122'), articles: 10, values: 0.98, categories: 0.92, minFigures: 10, knownFalse: ['1122 انتشلت', 'ثلاثة', 'شرطي'] },
  { name: 'hundred-and-twenty-third held-out (measured, then fixed)', dir: join(root, 'heldout-123'), articles: 10, values: 0.96, categories: 0.92, minFigures: 10, knownFalse: ['17 بنداً'] },
  { name: 'hundred-and-twenty-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-124'), articles: 10, values: 0.98, categories: 0.91, minFigures: 10 },
  { name: 'hundred-and-twenty-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-125'), articles: 10, values: 1, categories: 0.91, minFigures: 10 },
  // Measured on the reader fixed on 120–125 (1a363d1), then fixed. Known misses: a dual and lone singulars told in passing
  // that their authors did not count (محتجزَين، محكوماً، مرافق) and a relative (شقيقه).
  { name: 'hundred-and-twenty-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-126'), articles: 10, values: 0.94, categories: 0.9 },
  { name: 'hundred-and-twenty-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-127'), articles: 10, values: 0.97, categories: 0.95 },
  { name: 'hundred-and-twenty-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-128'), articles: 10, values: 0.97, categories: 0.91, knownFalse: ['محتجزَين', 'شقيقه'] },
  { name: 'hundred-and-twenty-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-129'), articles: 10, values: 0.97, categories: 0.88 },
  { name: 'hundred-and-thirtieth held-out (measured, then fixed)', dir: join(root, 'heldout-130'), articles: 10, values: 0.98, categories: 0.92 },
  { name: 'hundred-and-thirty-first held-out (measured, then fixed)', dir: join(root, 'heldout-131'), articles: 10, values: 0.95, categories: 0.85 },
  // Measured on the reader fixed on 126–131 (6e60c8a, the twentieth stop's final measurement), then fixed. Known misses: a
  // lone convoy and a lone station joined to things counted (طائرتان وقافلة برية، 4 آبار ومحطة ضخ), which the reader
  // counts as one thing joined to things and these authors did not.
  { name: 'hundred-and-thirty-second held-out (measured, then fixed)', dir: join(root, 'heldout-132'), articles: 10, values: 1, categories: 0.88 },
  { name: 'hundred-and-thirty-third held-out (measured, then fixed)', dir: join(root, 'heldout-133'), articles: 10, values: 0.96, categories: 0.9 },
  { name: 'hundred-and-thirty-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-134'), articles: 10, values: 0.97, categories: 0.88, knownFalse: ['قافلة برية'] },
  { name: 'hundred-and-thirty-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-135'), articles: 10, values: 0.98, categories: 0.86 },
  { name: 'hundred-and-thirty-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-136'), articles: 10, values: 0.99, categories: 0.97 },
  { name: 'hundred-and-thirty-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-137'), articles: 10, values: 0.97, categories: 0.92, knownFalse: ['محطة'] },
  // The final measurement of the twentieth stop (the reader as it ships, 5916018), scored blind once each at one commit
  // (results/heldout-138…143-blind.txt), then used to fix the reader in the twenty-first stop: the four non-counts it read
  // (على المربعين 5 و9، في 19 من ولايات البلاد، مطلع 2026 اتفاقية، المرحاض الواحد يخدم أكثر من ٥٠ شخصاً) are read no more.
  { name: 'hundred-and-thirty-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-138'), articles: 10, values: 0.98, categories: 0.91 },
  { name: 'hundred-and-thirty-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-139'), articles: 10, values: 0.94, categories: 0.89 },
  { name: 'hundred-and-fortieth held-out (measured, then fixed)', dir: join(root, 'heldout-140'), articles: 10, values: 0.98, categories: 0.87 },
  { name: 'hundred-and-forty-first held-out (measured, then fixed)', dir: join(root, 'heldout-141'), articles: 10, values: 0.99, categories: 0.96 },
  { name: 'hundred-and-forty-second held-out (measured, then fixed)', dir: join(root, 'heldout-142'), articles: 10, values: 0.97, categories: 0.87 },
  { name: 'hundred-and-forty-third held-out (measured, then fixed)', dir: join(root, 'heldout-143'), articles: 10, values: 0.97, categories: 0.94 },
  // Written blind while the reader was fixed on 138–143, scored once at one commit (results/heldout-144…149-blind.txt), then
  // used to fix the reader: the eight numbers it read that were no count are read no more.
  { name: 'hundred-and-forty-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-144'), articles: 10, values: 0.97, categories: 0.93 },
  { name: 'hundred-and-forty-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-145'), articles: 10, values: 0.97, categories: 0.94 },
  { name: 'hundred-and-forty-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-146'), articles: 10, values: 0.95, categories: 0.88 },
  { name: 'hundred-and-forty-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-147'), articles: 10, values: 0.98, categories: 0.93 },
  { name: 'hundred-and-forty-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-148'), articles: 10, values: 0.97, categories: 0.91 },
  { name: 'hundred-and-forty-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-149'), articles: 10, values: 0.97, categories: 0.96 },
  // Written blind while the reader was fixed on 144–149, scored once at one commit (results/heldout-150…155-blind.txt), then
  // used to fix the reader: the two numbers it read that were no count (خدمة "1122"، حركة "طالبان باكستان") are read no more.
  { name: 'hundred-and-fiftieth held-out (measured, then fixed)', dir: join(root, 'heldout-150'), articles: 10, values: 0.99, categories: 0.92 },
  { name: 'hundred-and-fifty-first held-out (measured, then fixed)', dir: join(root, 'heldout-151'), articles: 10, values: 0.98, categories: 0.94 },
  { name: 'hundred-and-fifty-second held-out (measured, then fixed)', dir: join(root, 'heldout-152'), articles: 10, values: 0.99, categories: 0.92 },
  { name: 'hundred-and-fifty-third held-out (measured, then fixed)', dir: join(root, 'heldout-153'), articles: 10, values: 0.99, categories: 0.94 },
  { name: 'hundred-and-fifty-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-154'), articles: 10, values: 0.97, categories: 0.91 },
  { name: 'hundred-and-fifty-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-155'), articles: 10, values: 0.97, categories: 0.90 },
  // Written blind while the reader was fixed on 150–155, scored once at one commit (results/heldout-156…161-blind.txt), then
  // used to fix the reader. Of the five numbers it read that were no count, four are read no more; the fifth, a mother «of
  // five children» (أم لخمسة أطفال), set 157's author annotated as a family's size, while the corpus's convention (sets
  // 44, 45 and 66) counts the children: kept as the convention has it, and named.
  { name: 'hundred-and-fifty-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-156'), articles: 10, values: 0.96, categories: 0.91 },
  { name: 'hundred-and-fifty-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-157'), articles: 10, values: 0.97, categories: 0.92, knownFalse: ['خمسة أطفال'] },
  { name: 'hundred-and-fifty-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-158'), articles: 10, values: 0.98, categories: 0.88 },
  { name: 'hundred-and-fifty-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-159'), articles: 10, values: 0.99, categories: 0.97 },
  { name: 'hundred-and-sixtieth held-out (measured, then fixed)', dir: join(root, 'heldout-160'), articles: 10, values: 0.97, categories: 0.86 },
  { name: 'hundred-and-sixty-first held-out (measured, then fixed)', dir: join(root, 'heldout-161'), articles: 10, values: 0.99, categories: 0.91 },
  // Written blind while the reader was fixed on 156–161, scored once at one commit (results/heldout-162…167-blind.txt), then
  // used to fix the reader. Of the eleven numbers it read that were no count, eight are read no more. Three stay, named: five
  // hills where troops hold (في 5 تلال), which set 6 annotated a count and set 164 a place (kept as set 6 has it); a boy
  // joined to nineteen men (19 رجلاً وفتى), which set 163's author took as one figure of «men and boys»; and «one of them»
  // describing one of three dead (أحدهم طفل), which set 167's author did not count.
  { name: 'hundred-and-sixty-second held-out (measured, then fixed)', dir: join(root, 'heldout-162'), articles: 10, values: 0.96, categories: 0.82 },
  { name: 'hundred-and-sixty-third held-out (measured, then fixed)', dir: join(root, 'heldout-163'), articles: 10, values: 0.99, categories: 0.94, knownFalse: ['فتى رمياً'] },
  { name: 'hundred-and-sixty-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-164'), articles: 10, values: 0.99, categories: 0.92, knownFalse: ['5 تلال'] },
  { name: 'hundred-and-sixty-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-165'), articles: 10, values: 0.97, categories: 0.88 },
  { name: 'hundred-and-sixty-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-166'), articles: 10, values: 0.98, categories: 0.94 },
  { name: 'hundred-and-sixty-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-167'), articles: 10, values: 0.97, categories: 0.94, knownFalse: ['أحدهم'] },
  // Written blind while the reader was fixed on 162–167, scored once at one commit (results/heldout-168…173-blind.txt), then
  // used to fix the reader: nine of the ten numbers it read that were no count are read no more. The tenth, families told
  // again in people (نحو 6 آلاف أسرة عائدة، بما يعادل 33 ألف شخص), set 170's author took as a family's size; set 147's
  // author counted both in the same construction (أكثر من 2,400 أسرة، أي ما يقارب 16,800 شخص): kept counted, and named.
  { name: 'hundred-and-sixty-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-168'), articles: 10, values: 0.93, categories: 0.87 },
  { name: 'hundred-and-sixty-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-169'), articles: 10, values: 0.97, categories: 0.93 },
  { name: 'hundred-and-seventieth held-out (measured, then fixed)', dir: join(root, 'heldout-170'), articles: 10, values: 0.99, categories: 0.90, knownFalse: ['نحو 6 آلاف أسرة عائدة'] },
  { name: 'hundred-and-seventy-first held-out (measured, then fixed)', dir: join(root, 'heldout-171'), articles: 10, values: 0.97, categories: 0.83 },
  { name: 'hundred-and-seventy-second held-out (measured, then fixed)', dir: join(root, 'heldout-172'), articles: 10, values: 0.98, categories: 0.96 },
  { name: 'hundred-and-seventy-third held-out (measured, then fixed)', dir: join(root, 'heldout-173'), articles: 10, values: 0.95, categories: 0.90 },
  // Written blind while the reader was fixed on 168–173, scored once at one commit (results/heldout-174…179-blind.txt), then
  // used to fix the reader: nine of the ten numbers it read that were no count are read no more. The tenth, a camp's sector
  // before a time (في القطاع ٥ وقت الذروة), stays named: «in the Strip, 5 …» is a count written the same way.
  { name: 'hundred-and-seventy-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-174'), articles: 10, values: 0.97, categories: 0.91 },
  { name: 'hundred-and-seventy-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-175'), articles: 10, values: 0.95, categories: 0.92, knownFalse: ['٥ وقت'] },
  { name: 'hundred-and-seventy-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-176'), articles: 10, values: 0.99, categories: 0.92 },
  { name: 'hundred-and-seventy-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-177'), articles: 10, values: 0.93, categories: 0.84 },
  { name: 'hundred-and-seventy-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-178'), articles: 10, values: 0.97, categories: 0.92 },
  { name: 'hundred-and-seventy-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-179'), articles: 10, values: 0.99, categories: 0.94 },
  // Written blind while the reader was fixed on 174–179, scored once at one commit (results/heldout-180…186-blind.txt), then
  // used to fix the reader: five of the seven numbers it read that were no count are read no more. The two left are figures
  // their authors did not annotate (أقل من 150 شاحنة in set 180, a headline's آلاف الفارين in set 182), named.
  { name: 'hundred-and-eightieth held-out (measured, then fixed)', dir: join(root, 'heldout-180'), articles: 10, values: 0.97, categories: 0.92, knownFalse: ['150 شاحنة'] },
  { name: 'hundred-and-eighty-first held-out (measured, then fixed)', dir: join(root, 'heldout-181'), articles: 10, values: 0.95, categories: 0.92 },
  { name: 'hundred-and-eighty-second held-out (measured, then fixed)', dir: join(root, 'heldout-182'), articles: 10, values: 0.98, categories: 0.92, knownFalse: ['آلاف الفارين'] },
  { name: 'hundred-and-eighty-third held-out (measured, then fixed)', dir: join(root, 'heldout-183'), articles: 10, values: 0.99, categories: 0.93 },
  { name: 'hundred-and-eighty-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-184'), articles: 10, values: 0.97, categories: 0.89 },
  { name: 'hundred-and-eighty-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-185'), articles: 10, values: 0.97, categories: 0.88 },
  { name: 'hundred-and-eighty-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-186'), articles: 10, values: 0.99, categories: 0.97 },
  // Written blind while the reader was fixed on 180–186 and scored once as the stop's final measurement at first
  // (results/heldout-187…194-blind.txt, on f38598c); with time left, used to fix the reader too: ten of the thirteen numbers
  // it read that were no count are read no more. Named: a mechanism named after a resolution (آلية الأمم المتحدة 2720), one
  // building after the basement it completes (في قبو مبنى واحد), and a family a food basket suffices for (أسرة من ٦ أفراد),
  // which set 139's author counted.
  { name: 'hundred-and-eighty-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-187'), articles: 10, values: 0.96, categories: 0.89, knownFalse: ['2720'] },
  { name: 'hundred-and-eighty-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-188'), articles: 10, values: 0.93, categories: 0.88 },
  { name: 'hundred-and-eighty-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-189'), articles: 10, values: 0.98, categories: 0.94, knownFalse: ['مبنى واحد'] },
  { name: 'hundred-and-ninetieth held-out (measured, then fixed)', dir: join(root, 'heldout-190'), articles: 10, values: 0.98, categories: 0.91 },
  { name: 'hundred-and-ninety-first held-out (measured, then fixed)', dir: join(root, 'heldout-191'), articles: 10, values: 0.98, categories: 0.9 },
  { name: 'hundred-and-ninety-second held-out (measured, then fixed)', dir: join(root, 'heldout-192'), articles: 10, values: 0.97, categories: 0.89 },
  { name: 'hundred-and-ninety-third held-out (measured, then fixed)', dir: join(root, 'heldout-193'), articles: 10, values: 0.97, categories: 0.88, knownFalse: ['٦ أفراد'] },
  { name: 'hundred-and-ninety-fourth held-out (measured, then fixed)', dir: join(root, 'heldout-194'), articles: 10, values: 0.97, categories: 0.92 },
  // Written blind while the reader was fixed on 187–194 and scored once as the stop's final measurement at first
  // (results/heldout-195…202-blind.txt, on 0594b7d); with time left, used to fix the reader too: nine of the fifteen numbers
  // it read that were no count are read no more. Named: a sum after «at least» and an adverb (45 مليوناً بشكل عاجل), a price
  // in a range before its currency (من 775 إلى ما يزيد على 2,000 فرنك), an agreement's clauses (20 بنداً, counted by the
  // corpus's convention), and three lone singulars told in passing (عائلة، امرأة، فتى).
  { name: 'hundred-and-ninety-fifth held-out (measured, then fixed)', dir: join(root, 'heldout-195'), articles: 10, values: 0.95, categories: 0.88, knownFalse: ['عائلة', 'امرأة'] },
  { name: 'hundred-and-ninety-sixth held-out (measured, then fixed)', dir: join(root, 'heldout-196'), articles: 10, values: 0.96, categories: 0.91 },
  { name: 'hundred-and-ninety-seventh held-out (measured, then fixed)', dir: join(root, 'heldout-197'), articles: 10, values: 0.99, categories: 0.93, knownFalse: ['فتى'] },
  { name: 'hundred-and-ninety-eighth held-out (measured, then fixed)', dir: join(root, 'heldout-198'), articles: 10, values: 0.97, categories: 0.9, knownFalse: ['ما لا يقل عن 45 مليوناً بشكل'] },
  { name: 'hundred-and-ninety-ninth held-out (measured, then fixed)', dir: join(root, 'heldout-199'), articles: 10, values: 0.96, categories: 0.83 },
  { name: 'two-hundredth held-out (measured, then fixed)', dir: join(root, 'heldout-200'), articles: 10, values: 0.98, categories: 0.92 },
  { name: 'two-hundred-and-first held-out (measured, then fixed)', dir: join(root, 'heldout-201'), articles: 10, values: 0.96, categories: 0.82, knownFalse: ['775'] },
  { name: 'two-hundred-and-second held-out (measured, then fixed)', dir: join(root, 'heldout-202'), articles: 10, values: 0.97, categories: 0.92, knownFalse: ['20 بنداً'] },
  // The final measurement of the twenty-first stop (the reader as it ships, ea66ce6): scored blind once each at one commit
  // and not used to fix it (results/heldout-203…210-blind.txt). Floors at what it reads, and the nine non-counts it reads
  // named, so the next stop starts from them: outposts and states after «in» (نحو 200 بؤرة، ٢٢ بلداً), a camp's number
  // (الـ33), blocks named by number (10، 12 المجاورين), families told by their size (3,214 أسرة نازحة), a price in a range
  // before its currency (775), the Taliban after deportations (طالبان) and two to a bed (طفلين).
  // (Then used at the twenty-second stop: the families by their size and the Taliban are read no more, and the learned
  // layer is trained on these sets, so they guard regressions only.)
  { name: 'two-hundred-and-third held-out (measured)', dir: join(root, 'heldout-203'), articles: 10, values: 0.97, categories: 0.85 },
  { name: 'two-hundred-and-fourth held-out (measured)', dir: join(root, 'heldout-204'), articles: 10, values: 0.95, categories: 0.9, knownFalse: ['نحو 200 بؤرة'] },
  { name: 'two-hundred-and-fifth held-out (measured)', dir: join(root, 'heldout-205'), articles: 10, values: 0.97, categories: 0.9 },
  { name: 'two-hundred-and-sixth held-out (measured)', dir: join(root, 'heldout-206'), articles: 10, values: 0.97, categories: 0.86 },
  { name: 'two-hundred-and-seventh held-out (measured)', dir: join(root, 'heldout-207'), articles: 10, values: 0.99, categories: 0.88 },
  { name: 'two-hundred-and-eighth held-out (measured)', dir: join(root, 'heldout-208'), articles: 10, values: 0.96, categories: 0.93 },
  { name: 'two-hundred-and-ninth held-out (measured)', dir: join(root, 'heldout-209'), articles: 10, values: 0.96, categories: 0.85, knownFalse: ['775', '٢٢ بلداً إفريقياً وآسيوياً', 'طفلين'] },
  { name: 'two-hundred-and-tenth held-out (measured)', dir: join(root, 'heldout-210'), articles: 10, values: 0.95, categories: 0.89, knownFalse: ['10', '12 المجاورين', 'الـ33'] },
  // Scored blind once as the twenty-second stop's first final measurement, on the reader with its learned layer (da80a2a,
  // results/heldout-211…218-blind.txt: 97.9% / 92.5%, 7 false figures), then used to fix it and train the layer, so they
  // guard regressions only. Floors at what it reads now (results/heldout-N-after.txt); set 213's annotator counted two
  // schools people fled to and not the church beside them («كنيسة»), which the reader counts.
  { name: 'two-hundred-and-eleventh held-out (seen)', dir: join(root, 'heldout-211'), articles: 10, values: 0.97, categories: 0.97 },
  { name: 'two-hundred-and-twelfth held-out (seen)', dir: join(root, 'heldout-212'), articles: 10, values: 0.95, categories: 0.95 },
  { name: 'two-hundred-and-thirteenth held-out (seen)', dir: join(root, 'heldout-213'), articles: 10, values: 0.98, categories: 0.96, knownFalse: ['كنيسة'] },
  { name: 'two-hundred-and-fourteenth held-out (seen)', dir: join(root, 'heldout-214'), articles: 10, values: 0.97, categories: 0.95 },
  { name: 'two-hundred-and-fifteenth held-out (seen)', dir: join(root, 'heldout-215'), articles: 10, values: 1, categories: 0.99 },
  { name: 'two-hundred-and-sixteenth held-out (seen)', dir: join(root, 'heldout-216'), articles: 10, values: 0.99, categories: 0.99 },
  { name: 'two-hundred-and-seventeenth held-out (seen)', dir: join(root, 'heldout-217'), articles: 10, values: 0.97, categories: 0.97 },
  { name: 'two-hundred-and-eighteenth held-out (seen)', dir: join(root, 'heldout-218'), articles: 10, values: 0.96, categories: 0.97 },
  // Scored blind once as the stop's second final measurement (5683690, results/heldout-219…226-blind.txt: 97.0% / 93.0%,
  // 3 false figures), then used to fix the reader and train the layer: floors at what it reads now (heldout-N-after.txt).
  // Set 225's annotator counted the three sons of «قتلوا زوجي وأبنائي الثلاثة» and not the husband, whom the reader counts.
  { name: 'two-hundred-and-nineteenth held-out (seen)', dir: join(root, 'heldout-219'), articles: 10, values: 0.99, categories: 0.97 },
  { name: 'two-hundred-and-twentieth held-out (seen)', dir: join(root, 'heldout-220'), articles: 10, values: 0.92, categories: 0.9 },
  { name: 'two-hundred-and-twenty-first held-out (seen)', dir: join(root, 'heldout-221'), articles: 10, values: 0.98, categories: 0.98 },
  { name: 'two-hundred-and-twenty-second held-out (seen)', dir: join(root, 'heldout-222'), articles: 10, values: 0.95, categories: 0.95 },
  { name: 'two-hundred-and-twenty-third held-out (seen)', dir: join(root, 'heldout-223'), articles: 10, values: 0.96, categories: 0.97 },
  { name: 'two-hundred-and-twenty-fourth held-out (seen)', dir: join(root, 'heldout-224'), articles: 10, values: 0.97, categories: 0.96 },
  { name: 'two-hundred-and-twenty-fifth held-out (seen)', dir: join(root, 'heldout-225'), articles: 10, values: 0.99, categories: 0.97, knownFalse: ['زوجي وأبنائي'] },
  { name: 'two-hundred-and-twenty-sixth held-out (seen)', dir: join(root, 'heldout-226'), articles: 10, values: 0.96, categories: 0.96 },
  // The final measurement of the twenty-second stop (the reader as it ships, a56565e, its learned layer trained below
  // set 227): scored blind once each at one commit and not used to fix it (results/heldout-227…234-blind.txt). Floors at
  // what it reads, and the eight numbers it reads where nothing or a non-count is annotated named, so the next stop starts
  // from them.
  { name: 'two-hundred-and-twenty-seventh held-out (measured)', dir: join(root, 'heldout-227'), articles: 10, values: 0.97, categories: 0.94, knownFalse: ['مدرسة تؤوي'] },
  { name: 'two-hundred-and-twenty-eighth held-out (measured)', dir: join(root, 'heldout-228'), articles: 10, values: 0.95, categories: 0.9, knownFalse: ['لعائلة واحدة', 'نحو 85 عائلة'] },
  { name: 'two-hundred-and-twenty-ninth held-out (measured)', dir: join(root, 'heldout-229'), articles: 10, values: 0.98, categories: 0.96 },
  { name: 'two-hundred-and-thirtieth held-out (measured)', dir: join(root, 'heldout-230'), articles: 10, values: 0.97, categories: 0.95, knownFalse: ['3', 'طفل'] },
  { name: 'two-hundred-and-thirty-first held-out (measured)', dir: join(root, 'heldout-231'), articles: 10, values: 0.95, categories: 0.92 },
  { name: 'two-hundred-and-thirty-second held-out (measured)', dir: join(root, 'heldout-232'), articles: 10, values: 0.98, categories: 0.96, knownFalse: ['3 مناسبات'] },
  { name: 'two-hundred-and-thirty-third held-out (measured)', dir: join(root, 'heldout-233'), articles: 10, values: 0.95, categories: 0.86, knownFalse: ['36', '٥ جنسيات'] },
  { name: 'two-hundred-and-thirty-fourth held-out (measured)', dir: join(root, 'heldout-234'), articles: 10, values: 0.99, categories: 0.95 },
];

describe.each(SETS)('the $name articles', ({ dir, articles, values, categories, minFigures = 8, knownFalse = [] }) => {
  const items = loadCorpus(dir);
  const { total, misses } = scoreCorpus(items);

  it(`are ${articles} articles of several sentences, every figure annotated`, () => {
    expect(items).toHaveLength(articles);
    for (const item of items) {
      expect(item.text.split('\n').filter((line) => line.trim()).length, item.name).toBeGreaterThanOrEqual(5);
      expect(item.annotations.figures.length, item.name).toBeGreaterThanOrEqual(minFigures);
    }
  });

  it(`read the value of at least ${values * 100}% of the figures`, () => {
    expect(total.values / total.figures, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(values);
  });

  it(`give the right category to at least ${categories * 100}% of the figures`, () => {
    expect(total.categories / total.figures, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(categories);
  });

  // knownFalse: non-counts the reader still reads, each named in the set's comment (a disputed annotation, or a known miss).
  it(`read no number that is not a count as a quantity${knownFalse.length ? ' (but the ones named as known)' : ''}`, () => {
    const falseReads = misses.filter((m) => m.expected === 'not a count' || m.expected === 'no figure here');
    expect(falseReads.filter((m) => !knownFalse.includes(m.quote))).toEqual([]);
    // One no longer read is no longer known: take it off the list.
    expect(falseReads.map((m) => m.quote).sort()).toEqual([...knownFalse].sort());
  });
});
