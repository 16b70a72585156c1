/**
 * Benchmark of the reader (not a test): builds Arabic articles of about 1, 2.5
 * and 5 MB by repeating and varying news sentences, times draftStory on each,
 * (best of two runs) and says whether the time grows linearly and 5 MB reads
 * in under 10 s.
 *
 *   npx tsx scripts/bench-draft.ts
 */
import { performance } from 'node:perf_hooks';
import { draftDetails, draftStory, formatReport } from '../authoring/reader/index';

const SIZES_MB = [1, 2.5, 5];
const LIMIT_S = 10;
// Allowed excess of the time per MB at 5 MB over the time per MB at 1 MB before growth is called non-linear.
const LINEAR_TOLERANCE = 1.6;

const TEMPLATES: readonly ((n: number, i: number) => string)[] = [
  (n) => `وقُتل ${n} جندياً تركياً على الأقل في إدلب منذ بداية فبراير.`,
  (n) => `وأسفرت الغارة عن مقتل ${n} مدنياً وإصابة ${n + 7} آخرين في ريف إدلب الجنوبي.`,
  () => 'مشيراً إلى أن الضربات الجوية للنظام وروسيا تسببت في تشريد الآلاف في إدلب.',
  (n) => `ونزح أكثر من ${n} ألف شخص نحو الحدود مع تركيا خلال ${n % 20 + 2} يوماً.`,
  (_n, i) => `وقال الحلف في بيان إن الدول الأعضاء الـ29 ستجتمع في ${(i % 28) + 1} فبراير بموجب المادة ${(i % 9) + 1}.`,
  (n) => `يأتي ذلك بعد شراء صواريخ إس 400 في عام ${2000 + (n % 21)} وطائرة إف-35.`,
  (n) => `وتقول الأمم المتحدة إن ما لا يقل عن ${n} طفلاً قُتلوا، وإن نحو ٣٫٥ مليون لاجئ يعيشون في تركيا.`,
  () => 'كما قام أردوغان بطرد الآلاف من الضباط العسكريين الأتراك، وقد سعى بعضهم إلى اللجوء في أوروبا.',
  (n) => `وتقدّر المنظمات أن ما بين ${n} و${n * 2} عائلة فرّت من شمال شرقي سوريا، وأن ٢٠٪ منها بلا مأوى.`,
  (n) => `وأُفرج عن ${n} معتقلاً، بينهم ${n % 10 + 3} نساء، بحسب ما قاله مسؤول يبلغ من العمر ${n % 50 + 20} عاماً.`,
  // The constructions of issue 13: brackets, colons, implicit counts, references back, decimal commas, joined qualifiers.
  (n) => `وتوزّع النازحون بين حلب (${n} ألفاً و310 أشخاص) وإدلب (نحو ${n + 4} آلاف نازح)، وسقط قتيل وجُرح طفلان الساعة 6,45.`,
  (n) => `وقُتل ${n} أشخاص: ${n % 7 + 1} في المدينة و${n % 5 + 2} في ريفها، ومثلهم من الجرحى، بينهم صبي دون الـ15 عاماً.`,
  (n) => `وقال المرصد إن ما لايقل عن ${n} مدنياً قُتلوا خلال الأيام الـ5 الماضية، وإن ثلاثمئة وخمسة عشر شخصاً نزحوا في 15 مارس, 2019.`,
  (n) => `ويُقدَّر عدد اللاجئين بنحو ${n} ألفاً، وقارب عددهم المليونين، فيما تُقدّر الكلفة بـ3,2 مليون دولار ووثّقت ${n % 90 + 10} حالة اعتقال.`,
  // After the third held-out set: written dates, money without its currency, weapons, meetings, disease cases, shelters.
  (n, i) => `وفي بيان صدر الثلاثاء ${(i % 28) + 1} تشرين الأول/أكتوبر 2023 وآخر بتاريخ ${(i % 28) + 1}-9-2024، قال الجيش إن جندياً قُتل وأصيب اثنان آخران، وإن الدفاعات اعترضت ${n} صاروخاً من أصل ${n + 9}.`,
  (n) => `ولم يصل سوى ${n} مليون دولار من أصل ${n + 40} مليوناً، فيما سُجلت ${n} ألف حالة يشتبه في إصابتها بالكوليرا، ويقيم ${n * 3} شخصاً في ${n % 20 + 2} مركز إيواء.`,
  (n) => `وعقد المبعوث ${n % 9 + 2} اجتماعات، بعد أن نزح السكان مرة واحدة على الأقل، وقال إن ${n % 9 + 2} من أفراد عائلته لا يزالون تحت الأنقاض.`,
];

const encoder = new TextEncoder();

/** An article of at least `bytes` UTF-8 bytes, one paragraph of varied sentences after another. */
function buildArticle(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const n = 3 + ((i * 37) % 997);
    const sentence = TEMPLATES[i % TEMPLATES.length]!(n, i) + (i % 5 === 4 ? '\n' : ' ');
    parts.push(sentence);
    size += encoder.encode(sentence).length;
  }
  return parts.join('');
}

const RUNS = 2;

/**
 * The best of a few runs, so a busy machine shows the reader's time rather than
 * the neighbours'; CPU time (user + system) too, which other jobs on a shared
 * machine disturb far less than wall time.
 */
function time(text: string): { seconds: number; cpu: number; facts: number } {
  let seconds = Infinity;
  let cpu = Infinity;
  let facts = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    facts = draftStory(text).facts.length;
    const used = process.cpuUsage(startCpu);
    seconds = Math.min(seconds, (performance.now() - start) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { seconds, cpu, facts };
}

function main(): void {
  draftStory(buildArticle(500_000)); // warm up the JIT and the lexicon tables
  const rows = SIZES_MB.map((mb) => {
    const text = buildArticle(mb * 1_000_000);
    const bytes = encoder.encode(text).length;
    const { seconds, cpu, facts } = time(text);
    return { mb: bytes / 1_000_000, seconds, cpu, facts, rate: bytes / 1_000_000 / seconds };
  });
  const report = buildArticle(5_000_000);
  const start = performance.now();
  formatReport(draftDetails(report), report);
  const reportSeconds = (performance.now() - start) / 1000;
  for (const r of rows) {
    console.log(`${r.mb.toFixed(2).padStart(5)} MB  ${r.seconds.toFixed(2).padStart(6)} s (CPU ${r.cpu.toFixed(2)} s)  ${r.rate.toFixed(2).padStart(6)} MB/s  ${r.facts} draft facts`);
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const growth = last.seconds / last.mb / (first.seconds / first.mb);
  const linear = growth <= LINEAR_TOLERANCE;
  console.log(`time per MB at ${last.mb.toFixed(1)} MB is ${growth.toFixed(2)}× that at ${first.mb.toFixed(1)} MB: ${linear ? 'linear' : 'NOT linear'}`);
  console.log(`${last.mb.toFixed(1)} MB in ${last.seconds.toFixed(2)} s (CPU ${last.cpu.toFixed(2)} s): ${last.seconds < LIMIT_S ? 'under' : 'OVER'} the ${LIMIT_S} s limit`);
  console.log(`the readable report of 5 MB (draft + formatting): ${reportSeconds.toFixed(2)} s`);
}

main();
