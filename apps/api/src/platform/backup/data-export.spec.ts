import { exportColumnType, exportValue, isWithheldColumn, tableCsv, type ExportColumn } from './data-export';

const col = (name: string, type: ExportColumn['type']): ExportColumn => ({
  name,
  type,
  nullable: true,
  withheld: isWithheldColumn(name),
});

describe('the data export values', () => {
  it('withholds secrets by column name only', () => {
    expect(
      [
        'password_hash',
        'token_hash',
        'csrf_token',
        'manage_token_hash',
        'sealed_secrets',
        'public_link_token_hash',
      ].every(isWithheldColumn),
    ).toBe(true);
    expect(['email', 'amount_cents', 'file_key', 'hashtag_count', 'tokens_used'].some(isWithheldColumn)).toBe(false);
  });

  it('names the column types alike on SQLite and PostgreSQL', () => {
    expect([exportColumnType('integer'), exportColumnType('bigint'), exportColumnType('INTEGER')]).toEqual([
      'integer',
      'integer',
      'integer',
    ]);
    expect([exportColumnType('datetime'), exportColumnType('timestamp with time zone')]).toEqual([
      'timestamp',
      'timestamp',
    ]);
    expect([exportColumnType('varchar(200)'), exportColumnType('character varying'), exportColumnType('text')]).toEqual(
      ['text', 'text', 'text'],
    );
    expect([
      exportColumnType('boolean'),
      exportColumnType('date'),
      exportColumnType('jsonb'),
      exportColumnType('numeric'),
    ]).toEqual(['boolean', 'date', 'json', 'decimal']);
  });

  it('turns driver values into plain JSON values', () => {
    expect(exportValue('2014-05-22 07:30:00.000', col('at', 'timestamp'))).toBe('2014-05-22T07:30:00.000Z');
    expect(exportValue(new Date('2014-05-22T07:30:00Z'), col('at', 'timestamp'))).toBe('2014-05-22T07:30:00.000Z');
    expect(exportValue('4831600', col('awarded_cents', 'integer'))).toBe(4_831_600);
    expect([
      exportValue(1, col('active', 'boolean')),
      exportValue(0, col('active', 'boolean')),
      exportValue(true, col('active', 'boolean')),
    ]).toEqual([true, false, true]);
    expect(exportValue('{"a":1}', col('answers', 'json'))).toEqual({ a: 1 });
    expect(exportValue('$argon2id$…', col('password_hash', 'text'))).toBeNull();
  });

  it('writes CSV for German Excel: BOM, semicolons, Berlin time, no formulas', () => {
    const columns = [
      col('id', 'integer'),
      col('name', 'text'),
      col('at', 'timestamp'),
      col('day', 'date'),
      col('ok', 'boolean'),
    ];
    const csv = tableCsv({ name: 't', columns }, [
      { id: 1, name: '=SUMME(A1)', at: '2014-05-22T07:30:00.000Z', day: '2014-05-22', ok: true },
      { id: 2, name: 'a;"b"', at: null, day: null, ok: false },
    ]).toString('utf8');
    expect(csv).toBe(
      '\uFEFFid;name;at;day;ok\r\n1;\'=SUMME(A1);22.05.2014 09:30;22.05.2014;ja\r\n2;"a;""b""";;;nein\r\n',
    );
  });
});
