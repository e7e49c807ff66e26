import { Module } from '@nestjs/common';
import { registerScheduledJobs } from '#api/jobs/scheduled-job.registry';
import { registerMailKinds } from '#api/platform/mail/mail-kind.registry';
import { eventFeedbackMail } from './event-feedback-mail';
import { EventFeedbackController } from './event-feedback.controller';
import { EventFeedbackRepository } from './event-feedback.repository';
import { EventFeedbackService } from './event-feedback.service';

/** Feedback after events: the mailing of anonymous links to checked-in participants, and its overview. */
@Module({
  controllers: [EventFeedbackController],
  providers: [
    registerMailKinds(eventFeedbackMail),
    registerScheduledJobs([EventFeedbackService], (feedback: EventFeedbackService) => [
      { name: 'event feedback mails', run: (now) => feedback.enqueueDue(now) },
    ]),
    EventFeedbackRepository,
    EventFeedbackService,
  ],
  exports: [EventFeedbackService],
})
export class EventFeedbackModule {}
