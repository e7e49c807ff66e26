import { Injectable } from '@nestjs/common';
import type { ContactSurveyData } from '@wir/shared';
import type { EntityManager } from 'typeorm';

/**
 * What the contacts module needs of the surveys (the person export, Art. 15 GDPR) without importing the
 * surveys module, which imports contacts. The surveys module connects itself at start.
 */
export interface ContactSurveys {
  /** The person's invitations (newest first) and, in invited surveys, their answers. `m`: null outside a transaction. */
  dataOf(m: EntityManager | null, contactId: number): Promise<ContactSurveyData[]>;
}

/** The contacts module's handle on the surveys; the surveys module plugs in with `connect`. */
@Injectable()
export class ContactSurveysPort implements ContactSurveys {
  private surveys: ContactSurveys | null = null;

  connect(surveys: ContactSurveys): void {
    if (this.surveys) throw new Error('a surveys module is connected to the contacts module already');
    this.surveys = surveys;
  }

  dataOf(m: EntityManager | null, contactId: number): Promise<ContactSurveyData[]> {
    if (!this.surveys) throw new Error('no surveys module is connected to the contacts module');
    return this.surveys.dataOf(m, contactId);
  }
}
