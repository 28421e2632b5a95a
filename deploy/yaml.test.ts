import { describe, expect, it } from 'vitest';
import { toYaml } from './yaml.ts';

describe('the template YAML writer', () => {
  it('quotes what YAML would read as something else, and only that', () => {
    expect(
      toYaml({
        Plain: 'index.html',
        Switch: 'ON',
        Date: '2012-10-17',
        Colon: 'cognito:groups',
        Star: '*',
        Empty: '',
        Quote: "script-src 'self'",
        Number: 12,
        Flag: false,
      }),
    ).toBe(
      [
        'Plain: index.html',
        "Switch: 'ON'",
        "Date: '2012-10-17'",
        "Colon: 'cognito:groups'",
        "Star: '*'",
        "Empty: ''",
        'Quote: "script-src \'self\'"',
        'Number: 12',
        'Flag: false',
        '',
      ].join('\n'),
    );
  });

  it('writes intrinsic functions in short form, nested ones on their own lines', () => {
    expect(
      toYaml({
        Id: { Ref: 'UserPool' },
        Arn: { 'Fn::GetAtt': ['Role', 'Arn'] },
        Name: { Ref: { 'Fn::Sub': 'User&{Email}' } },
        List: { 'Fn::If': ['HasDomain', [{ Ref: 'DomainName' }], { Ref: 'AWS::NoValue' }] },
      }),
    ).toBe(
      [
        'Id: !Ref UserPool',
        'Arn: !GetAtt Role.Arn',
        'Name: !Ref',
        "  'Fn::Sub': 'User&{Email}'",
        'List: !If',
        '  - HasDomain',
        '  - - !Ref DomainName',
        "  - !Ref 'AWS::NoValue'",
        '',
      ].join('\n'),
    );
  });

  it('starts a list item that is a map on the dash line', () => {
    expect(toYaml({ Rules: [{ Claim: 'a', Value: { Ref: 'B' } }, []] })).toBe(
      ['Rules:', '  - Claim: a', '    Value: !Ref B', '  - []', ''].join('\n'),
    );
  });
});
