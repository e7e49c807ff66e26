import type { OfferErrorCode } from '@wir/shared';
import { DomainError, type DomainErrorExtra } from '#api/platform/errors/domain.error';
import type { ProblemSpec } from '#api/platform/errors/problem-mapping.util';

/** HTTP for every code of the offers module. */
const OFFER_PROBLEMS = {
  offer_merged: { status: 409, title: 'Offer merged into another' },
  offer_not_reviewed: { status: 409, title: 'Offer not reviewed' },
  offer_not_published: { status: 409, title: 'Offer not published' },
  offer_published: { status: 409, title: 'Offer published' },
  offer_has_measure: { status: 409, title: 'Offer has a measure already' },
  offer_closed: { status: 409, title: 'Offer rejected or merged' },
} as const satisfies Record<OfferErrorCode, ProblemSpec>;

/** A rule of the offers inventory refused the change. */
export class OfferError extends DomainError {
  constructor(code: OfferErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(code, message, extra, OFFER_PROBLEMS[code]);
  }
}
