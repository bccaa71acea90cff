import { randomBytes } from 'node:crypto';

/** 16 bytes = 128 bits from the CSPRNG, base64url without padding: 22 characters. */
const ID_BYTES = 16;
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A new random, URL-safe, unguessable comparison id. */
export function newId(): string {
  return randomBytes(ID_BYTES).toString('base64url');
}

/** Whether `id` has the shape `newId` produces; checked before any lookup so junk never reaches a database. */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
