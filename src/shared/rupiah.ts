/**
 * Rupiah amounts travel as decimal strings with two decimals ("1234.50"), as the database sums them.
 * Adding them up in whole cents as BigInt keeps totals exact at any size (a nation's budget included).
 */
export function rupiahCents(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}

/** Whole cents back to the API's decimal string. */
export function rupiahText(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

export const sumRupiah = (amounts: Iterable<string>) => {
  let cents = 0n;
  for (const amount of amounts) cents += rupiahCents(amount);
  return rupiahText(cents);
};
