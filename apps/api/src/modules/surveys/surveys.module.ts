import { Module } from '@nestjs/common';
import { registerScheduledJobs } from '../../jobs/scheduled-job.registry';
import { registerMailKinds } from '../../platform/mail/mail-kind.registry';
import { ContactsModule } from '../contacts/contacts.module';
import { OffersModule } from '../offers/offers.module';
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
    registerScheduledJobs([SurveyInvitationsService], (invitations: SurveyInvitationsService) => [{ name: 'survey reminders', run: (now) => invitations.sendDueAutoReminders(now) }]),
    SurveysRepository,
    SurveysService,
    SurveyInvitationsService,
    SurveyAnsweringService,
  ],
  exports: [SurveysRepository, SurveysService, SurveyInvitationsService],
})
export class SurveysModule {}
