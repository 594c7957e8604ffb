/**
 * Normal(0, 1) draws by the ziggurat method, and lognormals from them. The simulations sample lognormals
 * through lognormalQuantile (./random) instead, so nothing a page loads imports this file: its tables,
 * built when the module loads, would otherwise ship in every calculator that simulates years.
 */
import { lognormalMu } from './expected';
import type { Rng } from './random';

/** Where the ziggurat's tail begins. */
const R = 3.442619855899;
// Ziggurat tables (Marsaglia & Tsang 2000, 128 layers), built once at module load.
const KN = new Int32Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
{
  const m1 = 2147483648;
  let dn = R;
  let tn = dn;
  const vn = 9.91256303526217e-3;
  const q = vn / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * m1);
  KN[1] = 0;
  WN[0] = q / m1;
  WN[127] = dn / m1;
  FN[0] = 1;
  FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / m1;
  }
}

/**
 * Normal(0, 1) sampler: the ziggurat method, exact by rejection, and several times faster than
 * Box–Muller because most draws need one uniform and no logarithm.
 */
export function createNormal(rng: Rng): () => number {
  const int32 = () => (rng() * 4294967296) | 0;
  const uniform = () => {
    let u = rng();
    while (u <= 0) u = rng();
    return u;
  };
  return () => {
    let hz = int32();
    let iz = hz & 127;
    for (;;) {
      if (Math.abs(hz) < KN[iz]!) return hz * WN[iz]!;
      const x = hz * WN[iz]!;
      if (iz === 0) {
        let tx: number;
        let ty: number;
        do {
          tx = -Math.log(uniform()) / R;
          ty = -Math.log(uniform());
        } while (ty + ty < tx * tx);
        return hz > 0 ? R + tx : -R - tx;
      }
      if (FN[iz]! + rng() * (FN[iz - 1]! - FN[iz]!) < Math.exp(-0.5 * x * x)) return x;
      hz = int32();
      iz = hz & 127;
    }
  };
}

/** Draw from a lognormal with the given mean and log-sd; mean ≤ 0 gives 0, sigma 0 gives the mean. */
export function lognormal(normal: () => number, mean: number, sigma: number): number {
  if (!(mean > 0)) return 0;
  if (!(sigma > 0)) return mean;
  return Math.exp(lognormalMu(mean, sigma) + sigma * normal());
}
