import { randomInt } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomString(length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** "us-east-1_Ab3dEf9Hi", as AWS shapes pool ids. */
export const newUserPoolId = (region: string) => `${region}_${randomString(9, ALNUM)}`;

/** 26 lowercase letters and digits, as AWS app client ids. */
export const newClientId = () => randomString(26, LOWER_ALNUM);

/** 51 lowercase letters and digits, as AWS app client secrets. */
export const newClientSecret = () => randomString(51, LOWER_ALNUM);
