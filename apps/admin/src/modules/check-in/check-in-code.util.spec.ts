import { checkInCodeSchema } from '@wir/shared';
import { normaliseCheckInCode } from './check-in-code.util';

const CODE = 'WIR-42-3f9a0c1b2d4e';

describe('normaliseCheckInCode', () => {
  it.each([
    [CODE],
    ['wir-42-3F9A0C1B2D4E'],
    ['  WIR-42-3f9a0c1b2d4e  '],
    ['WIR-42-3f9a 0c1b 2d4e'],
    ['Wir-42-3f9a0c1b2d4e\n'],
  ])('tidies %j into the form the API expects', (input) => expect(normaliseCheckInCode(input)).toBe(CODE));

  it.each([
    [']Q1WIR-42-3f9a0c1b2d4e'], // a hand scanner's symbology prefix
    ['Ihr Code: WIR-42-3F9A0C1B2D4E.'], // a line pasted from the mail
    ['https://wir.example/c/WIR-42-3f9a0c1b2d4e?x=1'],
  ])('finds the code inside %j', (input) => expect(normaliseCheckInCode(input)).toBe(CODE));

  it('keeps a long registration id', () =>
    expect(normaliseCheckInCode('WIR-1234567890-3f9a0c1b2d4e')).toBe('WIR-1234567890-3f9a0c1b2d4e'));

  it.each([
    [''],
    ['42'],
    ['WIR-42-3f9a0c1b2d4'], // one hex digit short
    ['WIR-42-3f9a0c1b2d4e5'], // one too many: not cut down to a code that was never issued
    ['xWIR-42-3f9a0c1b2d4e5f'],
    ['WIR-42-3f9a0c1b2d4g'],
    ['WIR-12345678901-3f9a0c1b2d4e'], // an id longer than ten digits
    ['WIR--3f9a0c1b2d4e'],
  ])('finds no code in %j', (input) => expect(normaliseCheckInCode(input)).toBeNull());

  it.each([
    [CODE],
    ['wir-42-3F9A0C1B2D4E'],
    ['  WIR-42-3f9a0c1b2d4e  '],
    ['WIR-42-3f9a 0c1b 2d4e'],
    ['WIR-42-3f9a0c1b2d4'],
    ['WIR-42-3f9a0c1b2d4e5'],
    ['WIR-12345678901-3f9a0c1b2d4e'],
    ['WIR-0-000000000000'],
    ['wIr-7-ABCDEF012345'],
    ['42'],
  ])('reads the whole input %j as the API does (checkInCodeSchema)', (input) => {
    const api = checkInCodeSchema.safeParse(input);
    expect(normaliseCheckInCode(input)).toBe(api.success ? api.data : null);
  });
});
