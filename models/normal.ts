/**
 * Standard normal CDF to double precision: Hart's algorithm 5666 as given by
 * G. West, "Better approximations to cumulative normal functions" (2005),
 * accurate to about 1e-15 absolute. We do not use simple-statistics'
 * cumulativeStdNormalProbability: it reads a 4-digit table. The tests check
 * this function against mathjs' erf (W. J. Cody's rational approximations),
 * an independent implementation.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let c: number;
  if (z > 37) {
    c = 0;
  } else {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688;
      n = n * z + 6.37396220353165;
      n = n * z + 33.912866078383;
      n = n * z + 112.079291497871;
      n = n * z + 221.213596169931;
      n = n * z + 220.206867912376;
      let dd = 8.83883476483184e-2 * z + 1.75566716318264;
      dd = dd * z + 16.064177579207;
      dd = dd * z + 86.7807322029461;
      dd = dd * z + 296.564248779674;
      dd = dd * z + 637.333633378831;
      dd = dd * z + 793.826512519948;
      dd = dd * z + 440.413735824752;
      c = (e * n) / dd;
    } else {
      let b = z + 0.65;
      b = z + 4 / b;
      b = z + 3 / b;
      b = z + 2 / b;
      b = z + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}
