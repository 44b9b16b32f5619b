/**
 * Rupiah amounts come from the API as exact decimal strings ("4225000000.00"). Sums on screen are done
 * in whole cents as bigint, so a year's total in the table is exactly the server's, never off by a
 * floating-point rounding.
 */
export function toCents(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.trim().split('.');
  const negative = whole.startsWith('-');
  const cents = BigInt(whole.replace('-', '') || '0') * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -cents : cents;
}

/** Cents back to the API's decimal string, e.g. 12345n → "123.45". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export const sumAmounts = (amounts: string[]) => fromCents(amounts.reduce((sum, a) => sum + toCents(a), 0n));
