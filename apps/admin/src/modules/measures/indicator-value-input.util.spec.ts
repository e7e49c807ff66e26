import { centiToValue, parseIndicatorInput, valueToCenti, valueToInput } from './indicator-value-input.util';

const yesNo = { yes: 'ja', no: 'nein' };

describe('parseIndicatorInput', () => {
  it.each([
    ['count', '1.234', 1234],
    ['count', '7', 7],
    ['count', '0', 0],
    ['hours', '72,55', 72.55],
    ['hours', '1.234,5', 1234.5],
    ['hours', '0,3', 0.3],
    ['score', ' 4,25 ', 4.25],
    ['percent', '100', 100],
    ['percent', '85 %', 85],
    ['percent', '12,5', 12.5],
  ] as const)('%s: %j → %d', (unit, text, value) =>
    expect(parseIndicatorInput(unit, text)).toEqual({ ok: true, value }),
  );

  it.each([
    ['hours', '72,55,'],
    ['hours', '72,555'],
    ['hours', '72.55'], // a point is the thousands separator: "72.55" is no German number
    ['hours', '1,234'],
    ['hours', '12.34,5'],
    ['hours', '-1'],
    ['hours', ''],
    ['score', 'viel'],
    ['count', '1e3'],
  ] as const)('%s: refuses %j as no number', (unit, text) =>
    expect(parseIndicatorInput(unit, text)).toEqual({ ok: false, problem: 'number' }),
  );

  it('wants a whole number for counts', () => {
    expect(parseIndicatorInput('count', '12,5')).toEqual({ ok: false, problem: 'whole' });
    expect(parseIndicatorInput('count', '12,00')).toEqual({ ok: true, value: 12 });
  });

  it('caps percentages at 100', () => {
    expect(parseIndicatorInput('percent', '100,01')).toEqual({ ok: false, problem: 'percentMax' });
    expect(parseIndicatorInput('percent', '100,00')).toEqual({ ok: true, value: 100 });
  });

  it('reads euros into integer cents for a unit in cents', () => {
    expect(parseIndicatorInput('cents', '1.234,56')).toEqual({ ok: true, value: 123456 });
    expect(parseIndicatorInput('cents', '12,5')).toEqual({ ok: true, value: 1250 });
    expect(parseIndicatorInput('cents', '48316 €')).toEqual({ ok: true, value: 4831600 });
    expect(parseIndicatorInput('cents', '-3')).toEqual({ ok: false, problem: 'number' });
    expect(parseIndicatorInput('cents', '72,55,')).toEqual({ ok: false, problem: 'number' });
  });

  it.each([
    ['ja', 1],
    [' JA ', 1],
    ['j', 1],
    ['yes', 1],
    ['1', 1],
    ['Nein', 0],
    ['n', 0],
    ['no', 0],
    ['0', 0],
  ])('yes/no: %j → %i', (text, value) => expect(parseIndicatorInput('yes_no', text)).toEqual({ ok: true, value }));

  it.each(['vielleicht', '', '2', 'jein'])('yes/no: refuses %j', (text) =>
    expect(parseIndicatorInput('yes_no', text)).toEqual({ ok: false, problem: 'yesNo' }),
  );
});

describe('valueToInput', () => {
  it.each([
    ['count', 1234, '1.234'],
    ['hours', 72.55, '72,55'],
    ['hours', 0.29, '0,29'],
    ['percent', 12.5, '12,5'],
    ['cents', 123456, '1.234,56'],
    ['yes_no', 1, 'ja'],
    ['yes_no', 0, 'nein'],
  ] as const)('%s: %d → %j', (unit, value, text) => expect(valueToInput(unit, value, yesNo)).toBe(text));

  it.each([
    ['hours', '72,55'],
    ['count', '1.234'],
    ['score', '0,01'],
    ['cents', '48.316,00'],
    ['percent', '99,99'],
  ] as const)('%s: %j survives a round trip through the parser', (unit, text) => {
    const parsed = parseIndicatorInput(unit, text);
    if (!parsed.ok) throw new Error(`${text} did not parse`);
    expect(valueToInput(unit, parsed.value, yesNo)).toBe(text);
  });
});

describe('centi conversion', () => {
  it('gives the decimal itself, not a float near it', () => {
    expect(centiToValue(7255)).toBe(72.55);
    expect(centiToValue(30)).toBe(0.3);
  });
  it('rounds values from the API back to whole hundredths', () => {
    expect(valueToCenti(72.55)).toBe(7255); // 72.55 * 100 is 7254.999… in floating point
    expect(valueToCenti(0.29)).toBe(29);
  });
});
