import { z } from 'zod';
import { localizedTextSchema } from './localized-text.schema';
import { SURVEY_MODES, SURVEY_STATUSES } from './survey.schema';

/**
 * After an event ends, its open anonymous feedback form is mailed to every checked-in participant, once;
 * only for events that ended within this many days (a form linked to a long-past event mails nobody).
 */
export const FEEDBACK_MAIL_WINDOW_DAYS = 14;

/** The feedback forms of an event (surveys with its id) and how far the mailing got. */
export const eventFeedbackSchema = z.object({
  eventId: z.number().int(),
  endsAt: z.string(),
  /** The last moment the feedback mails go out (the event's end plus the window). */
  mailUntil: z.string(),
  checkedIn: z.number().int(),
  /** Checked-in registrations that were sent their link. */
  mailed: z.number().int(),
  forms: z.array(
    z.object({
      surveyId: z.number().int(),
      title: localizedTextSchema(300),
      mode: z.enum(SURVEY_MODES),
      status: z.enum(SURVEY_STATUSES),
      submitted: z.number().int(),
    }),
  ),
});
export type EventFeedback = z.infer<typeof eventFeedbackSchema>;
