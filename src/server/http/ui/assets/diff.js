// A line diff between two versions of a value: the longest common
// subsequence of their lines, after the common head and tail are set aside
// (most edits touch a few lines of a config). Too large a middle is not
// compared line by line, so a 1 MB value cannot freeze the page.

const MAX_CELLS = 4_000_000;

/**
 * The lines of `before` and `after` as [op, line] pairs, op being " "
 * (both), "-" (only before) or "+" (only after); null when too large.
 */
export function lineDiff(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length * y.length > MAX_CELLS) return null;
  const out = a.slice(0, head).map((line) => [" ", line]);
  out.push(...middle(x, y));
  out.push(...a.slice(a.length - tail).map((line) => [" ", line]));
  return out;
}

/** The diff of two short line lists, by dynamic programming. */
function middle(x, y) {
  const n = x.length;
  const m = y.length;
  // lcs[i][j]: the common subsequence's length of x[i..] and y[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      out.push([" ", x[i]]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      out.push(["-", x[i++]]);
    } else {
      out.push(["+", y[j++]]);
    }
  }
  while (i < n) out.push(["-", x[i++]]);
  while (j < m) out.push(["+", y[j++]]);
  return out;
}
