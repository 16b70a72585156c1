/** Summaries the benchmark scripts print: the median (upper of the two middle values) with min, max and n. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export function summary(values: readonly number[], digits = 1): string {
  const ms = (n: number) => n.toFixed(digits);
  return `median ${ms(median(values))} ms (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}, n=${values.length})`;
}
