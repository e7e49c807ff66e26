import { Module } from '@nestjs/common';
import { registerScheduledJobs } from '#api/jobs/scheduled-job.registry';
import { registerMailKinds } from '#api/platform/mail/mail-kind.registry';
import { OperationsService } from '#api/platform/operations/operations.service';
import { ContactSurveysPort } from '#api/modules/contacts/contact-surveys.port';
import { ContactsModule } from '#api/modules/contacts/contacts.module';
import { OffersModule } from '#api/modules/offers/offers.module';
import { PublicSurveysController } from './public-surveys.controller';
import { SurveyAnsweringService } from './survey-answering.service';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveysController } from './surveys.controller';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';
import { surveyInvitationMail, surveyReminderMail } from './survey-mail.util';

/** Questionnaires: definitions and versions, invitations and reminders, answering by link. Results (H6) read SurveysRepository. */
@Module({
  imports: [ContactsModule, OffersModule],
  controllers: [SurveysController, PublicSurveysController],
  providers: [
    registerMailKinds(surveyInvitationMail, surveyReminderMail),
    registerScheduledJobs([SurveyInvitationsService], (invitations: SurveyInvitationsService) => [
      { name: 'survey reminders', run: (now) => invitations.sendDueAutoReminders(now) },
    ]),
    {
      provide: Symbol('invitation run summary'),
      inject: [OperationsService, SurveyInvitationsService],
      useFactory: (operations: OperationsService, invitations: SurveyInvitationsService) =>
        operations.registerLiveSummary('survey_invitations', (operation) => invitations.runDelivery(operation.id)),
    },
    {
      provide: Symbol('contact surveys'),
      inject: [ContactSurveysPort, SurveysRepository],
      useFactory: (port: ContactSurveysPort, surveys: SurveysRepository) =>
        port.connect({ dataOf: (m, contactId) => surveys.contactData(m, contactId) }),
    },
    SurveysRepository,
    SurveysService,
    SurveyInvitationsService,
    SurveyAnsweringService,
  ],
  exports: [SurveysRepository, SurveysService, SurveyInvitationsService],
})
export class SurveysModule {}
