import { FundingProgrammeEntity } from './funding-programme.entity';
import { GrantEntity } from './grant.entity';
import { GrantAmendmentEntity } from './grant-amendment.entity';
import { BudgetLineEntity } from './budget-line.entity';
import { DrawdownEntity } from './drawdown.entity';
import { ReceiptEntity } from './receipt.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const grantsEntities = [
  FundingProgrammeEntity,
  GrantEntity,
  GrantAmendmentEntity,
  BudgetLineEntity,
  DrawdownEntity,
  ReceiptEntity,
];
