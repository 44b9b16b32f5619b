import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`: the package's const enum can't be imported under verbatimModuleSyntax. */
const ARGON2ID = 2;

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration (19 MiB, 2 passes, 1 lane):
 * about 20–40 ms per hash on a laptop, affordable for a sign-in, expensive for a guesser. The parameters
 * travel in the PHC string, so raising them later still verifies older hashes.
 */
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }) {
  // A malformed stored hash is a wrong password, not a server error.
  return verify(stored, password).catch(() => false);
}
