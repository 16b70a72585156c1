/**
 * A headline and its article often state the same figure twice, in two
 * different spans («مقتل 12 مدنياً» in the title, «قُتل 12 مدنياً» in the body):
 * the reader drafts both. Left alone, a reviewer could accept both and every
 * roll-up would count the dead twice. So the later draft of a figure that
 * repeats an earlier one — the same numbers, qualifier, category, kind and
 * region — is marked `partOf` the earlier, with the reason written in both
 * languages (the model's one honest relation for "already counted there"; the
 * studio shows it), and the scaffold warns. The reviewer keeps it as a part,
 * or rejects it.
 */
import type { TeamText } from '../../src/model/schema';

export interface DraftedFigure {
  id: string;
  category: string;
  kind: string;
  region: string;
  quantity?: { min: number | null; max: number | null; qualifier: string; text: string; unit: { ar: string; en: string } };
  partOf?: { fact: string; inferred?: { reason: TeamText } };
  target: { selector: readonly [unknown, { start: number; end: number }] };
}

export interface ProbableDuplicate {
  /** The later draft, now `partOf` the earlier unless `marked` is false. */
  fact: string;
  earlier: string;
  /** False when the units differ: a part must count the same thing, so only the warning says it. */
  marked: boolean;
}

const sameFigure = (a: DraftedFigure, b: DraftedFigure): boolean =>
  !!a.quantity &&
  !!b.quantity &&
  a.quantity.min === b.quantity.min &&
  a.quantity.max === b.quantity.max &&
  a.quantity.qualifier === b.quantity.qualifier &&
  a.category === b.category &&
  a.kind === b.kind &&
  a.region === b.region;

export function duplicateReason(earlier: DraftedFigure): TeamText {
  return {
    en: `Probably the same figure as ${earlier.id}, stated again (same number, qualifier, kind and place): keep it only as part of that fact, or reject it.`,
    ar: `على الأرجح هو الرقم نفسه الوارد في ${earlier.id}، مكرراً (العدد والوصف والنوع والمكان نفسها): أبقه جزءاً من تلك المعلومة أو ارفضه.`,
  };
}

/**
 * The facts with each probable duplicate marked `partOf` the first draft of its
 * figure (in article order), and the list of what was marked. A fact that is
 * already part of another is left as the reader drafted it. Pure: the input is not changed.
 */
export function markProbableDuplicates<F extends DraftedFigure>(facts: readonly F[]): { facts: F[]; duplicates: ProbableDuplicate[] } {
  const ordered = [...facts].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  const marks = new Map<string, { earlier: F; marked: boolean }>();
  for (const [i, fact] of ordered.entries()) {
    if (fact.partOf) continue;
    // The first draft of the figure that is not itself a duplicate, and not part of this one.
    const earlier = ordered.slice(0, i).find((e) => !marks.has(e.id) && e.partOf?.fact !== fact.id && sameFigure(e, fact));
    if (earlier) marks.set(fact.id, { earlier, marked: earlier.quantity!.unit.en === fact.quantity!.unit.en });
  }
  const duplicates = ordered.filter((f) => marks.has(f.id)).map((f) => ({ fact: f.id, earlier: marks.get(f.id)!.earlier.id, marked: marks.get(f.id)!.marked }));
  const out = facts.map((fact) => {
    const mark = marks.get(fact.id);
    if (!mark?.marked) return fact;
    return { ...fact, partOf: { fact: mark.earlier.id, inferred: { reason: duplicateReason(mark.earlier) } } };
  });
  return { facts: out, duplicates };
}
