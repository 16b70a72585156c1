/**
 * What the validator says: one problem names the file, the fact, the field,
 * what was expected and what was found, so an author can fix it without a debugger.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file, as the author knows it (e.g. public/stories/x/facts.json). */
  file: string;
  /** The fact's id (or "#3" when the fact has no usable id). */
  fact?: string;
  /** Dotted field path inside the fact or file, e.g. quantity.min. */
  field?: string;
  expected?: string;
  found?: string;
  message: string;
}

/** Problems as one readable line each. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file];
  if (problem.fact !== undefined) where.push(`fact "${problem.fact}"`);
  if (problem.field !== undefined) where.push(problem.field);
  const parts = [`${problem.severity}: ${where.join(' › ')}: ${problem.message}`];
  if (problem.expected !== undefined) parts.push(`expected ${problem.expected}`);
  if (problem.found !== undefined) parts.push(`found ${problem.found}`);
  return parts.join('; ');
}

/** Shortens long values in messages so one problem stays one line. */
export function shown(value: unknown, limit = 80): string {
  // JSON would write Infinity (from 1e400) and NaN as null: say what they are.
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** The seal's refusals (seal.ts): a story that was never validated, a file edited after validation. */
export const UNSEALED_MESSAGE = 'this story was never validated: run npm run validate, then npm run build, to publish it';
export const ALTERED_MESSAGE = 'the file differs from the one that was validated (edited after the build?)';
export const BAD_STORY_ID_MESSAGE = 'the link names a story id that cannot exist (story ids are kebab-case, at most 100 characters)';

export type FailureKind = 'missing' | 'unsealed' | 'tampered' | 'invalid';

/** What a reader needs to know about a story that cannot be shown, from the validator's problems. */
export function failureKind(problems: readonly Problem[]): FailureKind {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.some((p) => p.message.startsWith('file is missing') || p.message === BAD_STORY_ID_MESSAGE)) return 'missing';
  if (errors.some((p) => p.message === UNSEALED_MESSAGE)) return 'unsealed';
  if (errors.some((p) => p.field === 'article.sha256' || p.message === ALTERED_MESSAGE)) return 'tampered';
  return 'invalid';
}
