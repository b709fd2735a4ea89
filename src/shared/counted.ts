/** A count and its noun in agreement, for sentences people read: "1 pair", "3 pairs", "2 people". */
export const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Points as people write them: "3", "1.5", "0.3"; never "3.0". */
export const points = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(n);
