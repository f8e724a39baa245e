// Strong portal passwords from the OS's cryptographic random source.
import { randomBytes } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 8;

/** 64 symbols, so that one random byte masked to 6 bits picks one without bias. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LENGTH = 20; // 120 bits

/** A random password that also has a lower-case letter, a capital and a digit, for servers that ask for them. */
export function generatePassword(): string {
  for (;;) {
    const password = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte & 63]).join('');
    if (/[a-z]/.test(password) && /[A-Z]/.test(password) && /[0-9]/.test(password)) return password;
  }
}
