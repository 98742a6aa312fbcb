/**
 * Seeded randomness (sfc32 seeded from a string), so a seed plus a request sequence always gives the
 * same ids and answers. Nothing in sendbox calls Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(minInclusive: number, maxInclusive: number): number;
  hex(length: number): string;
  /** An id in UUID v4 shape. */
  uuid(): string;
  pick<T>(items: readonly T[]): T;
}

function hashSeed(seed: string): [number, number, number, number] {
  // cyrb128: spreads a string seed over four 32-bit words.
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

const HEX = '0123456789abcdef';

export function createRandom(seed: string): Random {
  let [a, b, c, d] = hashSeed(seed);
  function u32(): number {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  }
  const random: Random = {
    next: () => u32() / 4294967296,
    int: (min, max) => min + Math.floor(random.next() * (max - min + 1)),
    hex(length) {
      let out = '';
      while (out.length < length) {
        const word = u32();
        for (let i = 0; i < 8 && out.length < length; i++) out += HEX[(word >>> (i * 4)) & 15];
      }
      return out;
    },
    uuid() {
      const h = random.hex(32);
      const variant = HEX[8 + (parseInt(h[16], 16) & 3)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    pick: items => items[Math.floor(random.next() * items.length)],
  };
  return random;
}
