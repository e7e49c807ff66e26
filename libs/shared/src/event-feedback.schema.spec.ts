import { FEEDBACK_FORM_DEFINITION } from './event-feedback-form.constant';
import { surveyDefinitionSchema } from './survey-definition.schema';
import { surveyQuestions } from './survey-definition.util';

describe('FEEDBACK_FORM_DEFINITION', () => {
  it('is a valid survey definition in four languages with a scale a feedback indicator can count', () => {
    const definition = surveyDefinitionSchema.parse(FEEDBACK_FORM_DEFINITION);
    const questions = surveyQuestions(definition);
    expect(questions.map((q) => [q.key, q.type])).toEqual([
      ['zufriedenheit', 'scale'],
      ['kompetenz', 'scale'],
      ['empfehlung', 'yes_no'],
      ['anregungen', 'text'],
    ]);
    for (const q of questions) expect(Object.keys(q.label).sort()).toEqual(['ar', 'de', 'en', 'tr']);
  });
});
