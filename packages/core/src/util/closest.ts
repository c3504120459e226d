/**
 * The candidate closest to `input` by edit distance, if it is close enough to be a likely
 * typo (at most a third of the input's length, and at least 1 edit allowed). An input of
 * fewer than 2 characters gets no guess: one edit would turn it into any short candidate.
 *
 * @example closestMatch('instagarm', ['facebook', 'instagram']) // 'instagram'
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.trim().toLowerCase();
  if (needle.length < 2) return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  const isPrefix = needle.length >= 2 && best.candidate.toLowerCase().startsWith(needle);
  if (best.distance <= allowed) return best.candidate;
  if (isPrefix) return best.candidate;
  return candidates.find((c) => needle.length >= 2 && c.toLowerCase().startsWith(needle));
}

/** Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
