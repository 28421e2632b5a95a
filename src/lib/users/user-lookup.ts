/**
 * The search box's lookup: which ListUsers prefix filters can find what a person typed, and how
 * their answers merge into one ranked list. ListUsers filters one attribute per call and is
 * case-sensitive (cognito-behaviour.md 16), so a name is tried on several attributes in the letter
 * case it is usually stored in, and the calls run side by side.
 */
import { interpretQuery, type FilterAttribute, type UserFilter } from '@/lib/user-search/filter';

/**
 * At most this many ListUsers calls per search: one burst stays well under the UserList quota
 * (30 requests a second per account, cognito-behaviour.md 23), with room for other tabs.
 */
export const MAX_LOOKUP_FILTERS = 10;

export interface LookupPlan {
  /** What was typed, trimmed, with runs of spaces made one. */
  text: string;
  /** The filters to run, most likely first. */
  filters: UserFilter[];
  /** Lower-cased words each result must start a word with (several words only). */
  words: string[];
}

/** The structural part of a listed user the merge reads. */
export interface LookupUser {
  username: string;
  attributes: Record<string, string>;
}

const NAME_ATTRIBUTES: readonly FilterAttribute[] = ['given_name', 'family_name', 'name'];
const HANDLE_ATTRIBUTES: readonly FilterAttribute[] = ['username', 'preferred_username', 'email'];
/** Letters with hyphens and apostrophes: what a name can be. `demo.cust` is a handle, not a name. */
const NAME_WORD = /^[\p{L}\p{M}'’-]+$/u;

/** `aisha` → `Aisha`, `o'brien` → `O'Brien`, `mary-jane` → `Mary-Jane`. */
export function capitalise(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => {
      return before + letter.toLocaleUpperCase();
    });
}

function prefix(attribute: FilterAttribute, value: string): UserFilter {
  return { attribute, operator: 'startsWith', value };
}

function unique(filters: UserFilter[]): UserFilter[] {
  const seen = new Set<string>();
  return filters.filter((f) => {
    const key = `${f.attribute}\n${f.operator}\n${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One word: names capitalised, handles lower-cased, then each as typed. */
function oneWordFilters(word: string): UserFilter[] {
  const attributes = NAME_WORD.test(word)
    ? [...NAME_ATTRIBUTES, ...HANDLE_ATTRIBUTES]
    : HANDLE_ATTRIBUTES;
  const usual = attributes.map((a) =>
    prefix(a, NAME_ATTRIBUTES.includes(a) ? capitalise(word) : word.toLocaleLowerCase()),
  );
  // A name typed all in lower case is not how names are stored; a handle may be.
  const typedCase = word === word.toLocaleLowerCase() ? HANDLE_ATTRIBUTES : attributes;
  return [...usual, ...typedCase.map((a) => prefix(a, word))];
}

/**
 * Several words: the first as given name, the last as family name, all of them as the name; then
 * the other way round, for surname-first names and for people who type "Okafor Aisha".
 */
function nameFilters(words: readonly string[], text: string): UserFilter[] {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return [
    prefix('given_name', capitalise(first)),
    prefix('family_name', capitalise(last)),
    prefix('name', capitalise(text)),
    prefix('name', text),
    prefix('family_name', capitalise(first)),
    prefix('given_name', capitalise(last)),
  ];
}

/** What to run for the search box's text; undefined when it is blank. */
export function planLookup(input: string): LookupPlan | undefined {
  const text = input.trim().replace(/\s+/g, ' ');
  const classified = interpretQuery(text);
  if (!classified) return undefined;
  if (classified.attribute === 'email') {
    // Emails are usually stored in lower case; the filter is case-sensitive.
    const filters = unique([classified, { ...classified, value: text.toLowerCase() }]);
    return { text, filters, words: [] };
  }
  if (classified.attribute !== 'username') return { text, filters: [classified], words: [] };
  const words = text.split(' ');
  const filters = words.length === 1 ? oneWordFilters(text) : nameFilters(words, text);
  return {
    text,
    filters: unique(filters).slice(0, MAX_LOOKUP_FILTERS),
    words: words.length > 1 ? words.map((w) => w.toLocaleLowerCase()) : [],
  };
}

const SEARCHED_ATTRIBUTES = [
  'email',
  'preferred_username',
  'name',
  'given_name',
  'family_name',
] as const;

function searchedValues(user: LookupUser): string[] {
  const values = [user.username];
  for (const a of SEARCHED_ATTRIBUTES) {
    const value = user.attributes[a];
    if (value) values.push(value);
  }
  const given = user.attributes.given_name;
  const family = user.attributes.family_name;
  if (given && family) values.push(`${given} ${family}`);
  return values.map((v) => v.toLocaleLowerCase());
}

function tokensOf(user: LookupUser): string[] {
  return searchedValues(user).flatMap((v) => v.split(/\s+/));
}

/** 0: the whole text is a whole value; 1: each word is a whole word; 2: starts of words. */
export function lookupRank(plan: LookupPlan, user: LookupUser): number {
  const text = plan.text.toLocaleLowerCase();
  if (searchedValues(user).includes(text)) return 0;
  const tokens = tokensOf(user);
  const words = text.split(' ');
  return words.every((w) => tokens.includes(w)) ? 1 : 2;
}

function matchesEveryWord(words: readonly string[], user: LookupUser): boolean {
  const tokens = tokensOf(user);
  return words.every((w) => tokens.some((t) => t.startsWith(w)));
}

function sortName(user: LookupUser): string {
  return user.attributes.name ?? user.username;
}

/** Whether a user one of the plan's filters found belongs in the result (has every word). */
export function keepsLookupUser(plan: LookupPlan, user: LookupUser): boolean {
  return plan.words.length === 0 || matchesEveryWord(plan.words, user);
}

/**
 * One list from the filters' answers: each user once, only those matching every word, exact
 * matches first, then by name.
 */
export function mergeLookupResults<User extends LookupUser>(
  plan: LookupPlan,
  answers: readonly (readonly User[])[],
): User[] {
  const byUsername = new Map<string, User>();
  for (const users of answers) {
    for (const user of users)
      if (!byUsername.has(user.username)) byUsername.set(user.username, user);
  }
  const kept = [...byUsername.values()].filter((u) => keepsLookupUser(plan, u));
  const ranked = kept.map((user) => ({ user, rank: lookupRank(plan, user) }));
  ranked.sort((a, b) => a.rank - b.rank || sortName(a.user).localeCompare(sortName(b.user)));
  return ranked.map((r) => r.user);
}
