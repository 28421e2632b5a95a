/** DescribeUserPool, in the structural shape the sign-up form reads. */
export interface SignUpPool {
  UsernameAttributes?: readonly string[];
  AutoVerifiedAttributes?: readonly string[];
  SchemaAttributes?: ReadonlyArray<{ Name?: string; Required?: boolean }>;
}

export interface SignUpFields {
  /** What the username box asks for: a username, or the email or phone that is the username. */
  username: { label: string; attribute?: 'email' | 'phone_number' };
  /** Attributes to ask for, required ones first; `required` marks the pool's required ones. */
  attributes: Array<{ name: string; required: boolean }>;
}

/**
 * The fields a sign-up needs: the username (or the email or phone that stands for it), every
 * attribute the schema requires, and the email or phone the pool verifies automatically, so the
 * confirmation code has somewhere to go.
 */
export function signUpFields(pool: SignUpPool): SignUpFields {
  const usernameAttributes = pool.UsernameAttributes ?? [];
  const usernameAttribute = usernameAttributes.includes('email')
    ? 'email'
    : usernameAttributes.includes('phone_number')
      ? 'phone_number'
      : undefined;
  const label =
    usernameAttribute === 'email'
      ? 'Email (the username)'
      : usernameAttribute === 'phone_number'
        ? 'Phone number (the username)'
        : 'Username';
  const required = (pool.SchemaAttributes ?? [])
    .filter((a) => a.Required && a.Name && a.Name !== 'sub' && a.Name !== usernameAttribute)
    .map((a) => ({ name: a.Name ?? '', required: true }));
  const delivery = (pool.AutoVerifiedAttributes ?? [])
    .filter((name) => name !== usernameAttribute && !required.some((a) => a.name === name))
    .map((name) => ({ name, required: false }));
  return {
    username: usernameAttribute ? { label, attribute: usernameAttribute } : { label },
    attributes: [...required, ...delivery],
  };
}

/** The UserAttributes of a SignUp: the filled-in fields, and the username's own attribute. */
export function signUpAttributes(
  fields: SignUpFields,
  username: string,
  values: ReadonlyMap<string, string>,
): Array<{ Name: string; Value: string }> {
  const attributes = fields.attributes
    .map(({ name }) => ({ Name: name, Value: (values.get(name) ?? '').trim() }))
    .filter((a) => a.Value !== '');
  return fields.username.attribute
    ? [{ Name: fields.username.attribute, Value: username }, ...attributes]
    : attributes;
}
