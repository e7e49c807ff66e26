import type { BudgetLine, Drawdown, FundingProgramme, Grant, GrantAmendment, LineConsent } from '@wir/shared';
import type { BudgetLineEntity } from './budget-line.entity';
import type { DrawdownEntity } from './drawdown.entity';
import type { FundingProgrammeEntity } from './funding-programme.entity';
import type { GrantAmendmentEntity } from './grant-amendment.entity';
import type { GrantEntity } from './grant.entity';

export const toFundingProgramme = (p: FundingProgrammeEntity): FundingProgramme => ({
  id: p.id,
  name: p.name,
  funder: p.funder,
  year: p.year,
  volumeCents: p.volumeCents,
});

export const toGrant = (g: GrantEntity, programme: FundingProgrammeEntity): Grant => ({
  id: g.id,
  programmeId: g.programmeId,
  programmeName: programme.name,
  funder: programme.funder,
  title: g.title,
  noticeNumber: g.noticeNumber,
  noticeDate: g.noticeDate,
  periodStart: g.periodStart,
  periodEnd: g.periodEnd,
  awardedCents: g.awardedCents,
  financingType: g.financingType,
  sharePercent: g.sharePercent,
  purpose: g.purpose,
  ownShareCents: g.ownShareCents,
  thirdPartyCents: g.thirdPartyCents,
  recipient: g.recipient,
  proofSubmittedOn: g.proofSubmittedOn,
  receiptsPurgedAt: g.receiptsPurgedAt?.toISOString() ?? null,
});

export const toAmendment = (a: GrantAmendmentEntity): GrantAmendment => ({
  id: a.id,
  kind: a.kind,
  noticeNumber: a.noticeNumber,
  noticeDate: a.noticeDate,
  awardedCents: a.awardedCents,
  note: a.note,
  recordedAt: a.recordedAt.toISOString(),
});

export const lineConsentOf = (l: BudgetLineEntity): LineConsent | null =>
  l.consentedOn !== null && l.consentedUpToCents !== null
    ? { on: l.consentedOn, reference: l.consentReference, upToCents: l.consentedUpToCents }
    : null;

export const toBudgetLine = (l: BudgetLineEntity): BudgetLine => ({
  id: l.id,
  grantId: l.grantId,
  code: l.code,
  name: l.name,
  plannedCents: l.plannedCents,
  position: l.position,
  consent: lineConsentOf(l),
});

export const toDrawdown = (d: DrawdownEntity): Drawdown => ({
  id: d.id,
  grantId: d.grantId,
  requestedCents: d.requestedCents,
  requestedOn: d.requestedOn,
  receivedCents: d.receivedCents,
  receivedOn: d.receivedOn,
  note: d.note,
});
