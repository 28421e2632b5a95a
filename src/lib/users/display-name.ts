/** A user as lists and pages hold one: the username and the attribute values by name. */
export interface NamedUser {
  username: string;
  attributes: Readonly<Record<string, string | undefined>>;
}

/**
 * True when the pool's users sign in with email and/or phone number (UsernameAttributes): Cognito
 * then makes each username a generated ID that means nothing to the people reading it.
 */
export function usernamesAreGenerated(usernameAttributes: readonly string[]): boolean {
  return usernameAttributes.includes('email') || usernameAttributes.includes('phone_number');
}

function attributeValue(user: NamedUser, name: string): string | undefined {
  if (!Object.hasOwn(user.attributes, name)) return undefined;
  const value = user.attributes[name]?.trim();
  return value ? value : undefined;
}

/**
 * How the console names a user everywhere (tables, headings, breadcrumbs, dialogs, toasts). In a
 * pool whose usernames are generated: the identifier the pool signs in with (email, or phone in a
 * phone-only pool), then the other one, then preferred_username, then name; the username when the
 * user has none of them. In any other pool the username is what people know and type.
 */
export function userDisplayName(user: NamedUser, usernameAttributes: readonly string[]): string {
  if (!usernamesAreGenerated(usernameAttributes)) return user.username;
  const order = usernameAttributes.includes('email')
    ? ['email', 'phone_number', 'preferred_username', 'name']
    : ['phone_number', 'email', 'preferred_username', 'name'];
  for (const name of order) {
    const value = attributeValue(user, name);
    if (value) return value;
  }
  return user.username;
}
