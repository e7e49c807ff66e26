import type { PassThrough } from 'node:stream';
import type { GrantDetail } from '@wir/shared';
import { DomainError } from '#api/platform/errors/domain.error';
import { writtenBytes } from '#api/platform/export/written-bytes.util';
import type { GrantsService } from '#api/modules/grants/grants.service';
import type { GrantReportsRepository, ListedReceipt, ReceiptGroupKey } from './grant-reports.repository';
import { GrantReportsService } from './grant-reports.service';

const grant = {
  id: 7,
  title: 'WIR 2014',
  budgetLines: [
    { id: 12, grantId: 7, code: '2', name: 'Sachkosten', plannedCents: 1, position: 2 },
    { id: 11, grantId: 7, code: '1', name: 'Personal', plannedCents: 1, position: 1 },
  ],
} as GrantDetail;

const receipt = (
  nr: string,
  factualById: number | null = null,
  arithmeticById: number | null = null,
): ListedReceipt => ({
  id: 1,
  date: '2014-05-22',
  receiptNumber: nr,
  payee: 'x',
  purpose: 'y',
  amountCents: 100,
  factualById,
  factualAt: factualById ? new Date('2014-05-23T10:00:00Z') : null,
  arithmeticById,
  arithmeticAt: null,
  reversesNumber: null,
});

function setup(pagesByGroup: Record<string, ListedReceipt[][]>) {
  const asked: string[] = [];
  const nameLookups: number[][] = [];
  const repository = {
    async *receiptPages(_grantId: number, key: ReceiptGroupKey) {
      const name = key.kind === 'expense' ? `line ${key.budgetLineId}` : key.incomeSource;
      asked.push(name);
      yield* pagesByGroup[name] ?? [];
    },
    async userNames(ids: number[]) {
      nameLookups.push(ids);
      return new Map(ids.map((id) => [id, `User ${id}`]));
    },
  } as unknown as GrantReportsRepository;
  const grants = {
    get: jest.fn(async (_manager: null, id: number) => {
      if (id !== grant.id) throw new DomainError('not_found', `Grant ${id} does not exist.`);
      return grant;
    }),
  } as unknown as GrantsService;
  return { service: new GrantReportsService(grants, repository), asked, nameLookups };
}

async function text(write: (out: PassThrough) => Promise<void>): Promise<string> {
  return (await writtenBytes(write)).subarray(3).toString('utf8');
}

describe('GrantReportsService: Belegliste', () => {
  it('reads income by source, then expenses by budget line in plan order', async () => {
    const { service, asked } = setup({
      grant: [[receipt('E-1')]],
      'line 12': [[receipt('B-2')]],
      'line 11': [[receipt('B-1')]],
    });
    const download = await service.receiptListCsv(7);
    expect(download.fileName).toMatch(/^Belegliste WIR 2014 \d{4}-\d{2}-\d{2}\.csv$/);
    expect(download.contentType).toBe('text/csv; charset=utf-8');
    const rows = (await text((out) => download.write(out))).split('\r\n').slice(1, -1);
    expect(asked).toEqual(['grant', 'own_share', 'third_party', 'line 11', 'line 12']);
    expect(rows.map((r) => r.split(';').slice(0, 4))).toEqual([
      ['Einnahmen', 'Zuwendung', '22.05.2014', 'E-1'],
      ['Ausgaben', '1 Personal', '22.05.2014', 'B-1'],
      ['Ausgaben', '2 Sachkosten', '22.05.2014', 'B-2'],
    ]);
  });

  it('looks each signer up once, however many pages name them', async () => {
    const { service, nameLookups } = setup({
      'line 11': [
        [receipt('B-1', 1, 2), receipt('B-2', 1)],
        [receipt('B-3', 2, 1), receipt('B-4', 3)],
      ],
    });
    const csv = await text(async (out) => (await service.receiptListCsv(7)).write(out));
    expect(nameLookups).toEqual([[1, 2], [3]]);
    expect(csv).toContain('B-1;x;y;1,00;User 1;23.05.2014;User 2;;');
    expect(csv).toContain('B-4;x;y;1,00;User 3;23.05.2014;;;');
  });

  it('refuses an unknown grant before any byte is written', async () => {
    const { service, asked } = setup({});
    await expect(service.receiptListXlsx(99)).rejects.toMatchObject({ code: 'not_found' });
    await expect(service.proofOfUsePdf(99)).rejects.toMatchObject({ code: 'not_found' });
    expect(asked).toEqual([]);
  });
});
