/**
 * L2-regularised logistic regression fitted by Newton's method: deterministic (no random start, no
 * sampling), so `npm run train` writes the same weights from the same rows. Features are standardised for
 * the fit, so one penalty suits them all, and the weights are returned on the features' own scale, so a
 * feature's contribution to a score is its weight times its value.
 */
export interface LogisticFit {
  weights: number[];
  bias: number;
}

/** Penalty on the standardised weights: enough to keep rarely-seen features from large weights. */
export const L2 = 1;
const MAX_STEPS = 50;
const CONVERGED = 1e-9;

export function fitLogistic(rows: readonly number[][], labels: readonly number[], l2 = L2): LogisticFit {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + (r[j] as number), 0) / n);
  const scale = mean.map((m, j) => {
    const v = rows.reduce((s, r) => s + ((r[j] as number) - m) ** 2, 0) / n;
    return v > 0 ? Math.sqrt(v) : 1;
  });
  const X = rows.map((r) => [1, ...r.map((x, j) => (x - (mean[j] as number)) / (scale[j] as number))]);
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < MAX_STEPS; step++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    X.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-dot(w, x)));
      const r = p - (labels[i] as number);
      const h = p * (1 - p);
      for (let a = 0; a <= d; a++) {
        g[a] = (g[a] as number) + r * (x[a] as number);
        const Ha = H[a] as number[];
        for (let b = 0; b <= d; b++) Ha[b] = (Ha[b] as number) + h * (x[a] as number) * (x[b] as number);
      }
    });
    // The bias is not penalised.
    for (let a = 1; a <= d; a++) {
      g[a] = (g[a] as number) + l2 * (w[a] as number);
      (H[a] as number[])[a] = ((H[a] as number[])[a] as number) + l2;
    }
    const delta = solve(H, g);
    let moved = 0;
    for (let a = 0; a <= d; a++) {
      w[a] = (w[a] as number) - (delta[a] as number);
      moved = Math.max(moved, Math.abs(delta[a] as number));
    }
    if (moved < CONVERGED) break;
  }
  const weights = w.slice(1).map((wj, j) => wj / (scale[j] as number));
  const bias = (w[0] as number) - weights.reduce((s, wj, j) => s + wj * (mean[j] as number), 0);
  return { weights, bias };
}

const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((s, x, i) => s + x * (b[i] as number), 0);

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite here). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((M[r] as number[])[c] as number) > Math.abs((M[pivot] as number[])[c] as number))
        pivot = r;
    [M[c], M[pivot]] = [M[pivot] as number[], M[c] as number[]];
    const top = M[c] as number[];
    for (let r = c + 1; r < n; r++) {
      const row = M[r] as number[];
      const f = (row[c] as number) / (top[c] as number);
      for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * (top[k] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = M[r] as number[];
    let s = row[n] as number;
    for (let k = r + 1; k < n; k++) s -= (row[k] as number) * (x[k] as number);
    x[r] = s / (row[r] as number);
  }
  return x;
}
