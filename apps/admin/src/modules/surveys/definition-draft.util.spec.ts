import { surveyDefinitionSchema } from '@wir/shared';
import { changeType, locateProblem, move, newQuestion } from './definition-draft.util';

describe('definition drafts', () => {
  it('gives a new question a free key and the defaults its type needs', () => {
    const q = newQuestion('scale', new Set(['frage_1']));
    expect(q).toMatchObject({ key: 'frage_2', type: 'scale', min: 1, max: 5 });
    const filled = { ...q, label: { de: 'Wie gut?' }, minLabel: { de: 'schlecht' }, maxLabel: { de: 'gut' } };
    expect(
      surveyDefinitionSchema.safeParse({ sections: [{ key: 's', title: { de: 'S' }, questions: [filled] }] }).success,
    ).toBe(true);
  });

  it('keeps key, label and condition when the type changes', () => {
    const text = {
      ...newQuestion('text', new Set()),
      label: { de: 'Name' },
      showIf: { questionKey: 'a', equals: true },
    };
    expect(changeType(text, 'yes_no')).toEqual({
      key: 'frage_1',
      type: 'yes_no',
      label: { de: 'Name' },
      required: false,
      showIf: { questionKey: 'a', equals: true },
      help: undefined,
    });
  });

  it('moves within bounds and locates problems by section and question', () => {
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(move([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(locateProblem('definition.sections.1.questions.2.options')).toEqual({
      section: 2,
      question: 3,
      field: 'options',
    });
    expect(locateProblem('definition.sections.0.key')).toEqual({ section: 1, question: null, field: 'key' });
    expect(locateProblem('title.de')).toEqual({ section: null, question: null, field: 'title.de' });
  });
});
