import { checkAnswerTypes, checkSubmission } from './survey-answers.util';
import { visibleQuestionKeys } from './survey-visibility.util';
import { surveyDefinitionSchema, type SurveyDefinitionInput } from './survey-definition.schema';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.path.join('.'));

const definition = (questions: unknown[], more: unknown[] = []): SurveyDefinitionInput =>
  ({ sections: [{ key: 'a', title: { de: 'A' }, questions }, ...more] }) as SurveyDefinitionInput;

const yesNo = { key: 'has_office', type: 'yes_no', label: { de: 'Integrationsbüro?' }, required: true };
const choice = {
  key: 'kind',
  type: 'single_choice',
  label: { de: 'Art' },
  options: [
    { value: 'city', label: { de: 'Stadt' } },
    { value: 'club', label: { de: 'Verein' } },
  ],
};

describe('surveyDefinitionSchema', () => {
  it('accepts every question type and fills defaults', () => {
    const parsed = surveyDefinitionSchema.parse(
      definition([
        yesNo,
        choice,
        {
          key: 'topics',
          type: 'multiple_choice',
          label: { de: 'Themen' },
          options: [{ value: 'language', label: { de: 'Sprache' } }],
        },
        { key: 'progress', type: 'text', label: { de: 'Fortschritte', tr: 'İlerleme' }, multiline: true },
        { key: 'staff', type: 'number', label: { de: 'Stellen' }, min: 0, max: 100, integer: true },
        {
          key: 'opening',
          type: 'scale',
          label: { de: 'Interkulturelle Öffnung' },
          minLabel: { de: 'gar nicht' },
          maxLabel: { de: 'sehr' },
        },
        { key: 'offers', type: 'offer_list', label: { de: 'Angebote' } },
      ]),
    );
    const questions = parsed.sections[0].questions;
    expect(questions.map((q) => q.type)).toEqual([
      'yes_no',
      'single_choice',
      'multiple_choice',
      'text',
      'number',
      'scale',
      'offer_list',
    ]);
    expect(questions[1]).toMatchObject({ required: false });
    expect(questions[3]).toMatchObject({ maxLength: 2000 });
    expect(questions[5]).toMatchObject({ min: 1, max: 5 });
    expect(questions[6]).toMatchObject({ maxRows: 20 });
  });

  it('refuses keys used twice, across sections too', () => {
    expect(paths(surveyDefinitionSchema.safeParse(definition([yesNo, { ...choice, key: 'has_office' }])))).toContain(
      'sections.0.questions.1.key',
    );
    expect(
      paths(
        surveyDefinitionSchema.safeParse(
          definition([yesNo], [{ key: 'b', title: { de: 'B' }, questions: [{ ...yesNo }] }]),
        ),
      ),
    ).toContain('sections.1.questions.0.key');
    expect(
      paths(
        surveyDefinitionSchema.safeParse(definition([yesNo], [{ key: 'a', title: { de: 'B' }, questions: [choice] }])),
      ),
    ).toContain('sections.1.key');
  });

  it('refuses empty options, options used twice, bad keys and a scale other than 1 to 5', () => {
    expect(paths(surveyDefinitionSchema.safeParse(definition([{ ...choice, options: [] }])))).toContain(
      'sections.0.questions.0.options',
    );
    expect(
      paths(
        surveyDefinitionSchema.safeParse(definition([{ ...choice, options: [choice.options[0], choice.options[0]] }])),
      ),
    ).toContain('sections.0.questions.0.options');
    expect(paths(surveyDefinitionSchema.safeParse(definition([{ ...yesNo, key: 'Has Office' }])))).toContain(
      'sections.0.questions.0.key',
    );
    expect(
      paths(
        surveyDefinitionSchema.safeParse(
          definition([
            { key: 's', type: 'scale', label: { de: 'S' }, max: 10, minLabel: { de: 'a' }, maxLabel: { de: 'b' } },
          ]),
        ),
      ),
    ).toContain('sections.0.questions.0.max');
    expect(
      paths(
        surveyDefinitionSchema.safeParse(
          definition([{ key: 's', type: 'scale', label: { de: 'S' }, minLabel: { de: 'a' } }]),
        ),
      ),
    ).toContain('sections.0.questions.0.maxLabel');
    expect(
      paths(
        surveyDefinitionSchema.safeParse(
          definition([{ key: 'n', type: 'number', label: { de: 'N' }, min: 5, max: 1 }]),
        ),
      ),
    ).toContain('sections.0.questions.0.max');
    expect(
      paths(surveyDefinitionSchema.safeParse(definition([{ key: 'x', type: 'date', label: { de: 'X' } }]))),
    ).toContain('sections.0.questions.0.type');
    expect(paths(surveyDefinitionSchema.safeParse({ sections: [] }))).toContain('sections');
  });

  it('lets showIf name only an earlier question, with a value that question can have', () => {
    const shown = {
      key: 'office_name',
      type: 'text',
      label: { de: 'Name' },
      showIf: { questionKey: 'has_office', equals: true },
    };
    expect(surveyDefinitionSchema.safeParse(definition([yesNo, shown])).success).toBe(true);
    expect(paths(surveyDefinitionSchema.safeParse(definition([shown, yesNo])))).toContain(
      'sections.0.questions.0.showIf.questionKey',
    );
    expect(
      paths(
        surveyDefinitionSchema.safeParse(
          definition([yesNo, { ...shown, showIf: { questionKey: 'has_office', equals: 'ja' } }]),
        ),
      ),
    ).toContain('sections.0.questions.1.showIf.equals');
    expect(
      paths(
        surveyDefinitionSchema.safeParse(
          definition([choice, { ...shown, showIf: { questionKey: 'kind', equals: 'school' } }]),
        ),
      ),
    ).toContain('sections.0.questions.1.showIf.equals');
    expect(
      surveyDefinitionSchema.safeParse(
        definition([choice, { ...shown, showIf: { questionKey: 'kind', equals: 'club' } }]),
      ).success,
    ).toBe(true);
    expect(
      paths(
        surveyDefinitionSchema.safeParse(
          definition([{ ...shown, key: 'self', showIf: { questionKey: 'self', equals: 'x' } }]),
        ),
      ),
    ).toContain('sections.0.questions.0.showIf.questionKey');
  });
});

describe('answers', () => {
  const parsed = surveyDefinitionSchema.parse(
    definition([
      yesNo,
      {
        key: 'office_name',
        type: 'text',
        label: { de: 'Name' },
        required: true,
        maxLength: 10,
        showIf: { questionKey: 'has_office', equals: true },
      },
      { key: 'rating', type: 'scale', label: { de: 'Note' }, minLabel: { de: 'a' }, maxLabel: { de: 'b' } },
      { key: 'staff', type: 'number', label: { de: 'Stellen' }, min: 0, integer: true },
      { key: 'offers', type: 'offer_list', label: { de: 'Angebote' }, maxRows: 2 },
    ]),
  );

  it('checks each given answer by its type and names the bad ones', () => {
    const { problems } = checkAnswerTypes(parsed, {
      has_office: 'yes',
      rating: 7,
      staff: 1.5,
      office_name: 'x'.repeat(11),
      unknown: 1,
      offers: [{ title: '' }],
    });
    expect(problems.map((p) => p.path.join('.')).sort()).toEqual([
      'has_office',
      'offers.0.title',
      'office_name',
      'rating',
      'staff',
      'unknown',
    ]);
    const ok = checkAnswerTypes(parsed, {
      has_office: true,
      rating: 4,
      staff: null,
      offers: [{ title: 'Sprachcafé' }],
    });
    expect(ok.problems).toEqual([]);
    expect(ok.answers).toMatchObject({
      has_office: true,
      rating: 4,
      staff: null,
      offers: [{ title: 'Sprachcafé', status: 'running', targetGroups: [] }],
    });
  });

  it('shows a conditional question only when the condition is met', () => {
    expect(visibleQuestionKeys(parsed, { has_office: true }).has('office_name')).toBe(true);
    expect(visibleQuestionKeys(parsed, { has_office: false }).has('office_name')).toBe(false);
    expect(visibleQuestionKeys(parsed, {}).has('office_name')).toBe(false);
  });

  it('requires shown required questions at submission and drops answers to hidden ones', () => {
    expect(checkSubmission(parsed, {}).problems.map((p) => p.key)).toEqual(['has_office']);
    expect(checkSubmission(parsed, { has_office: true, office_name: '  ' }).problems.map((p) => p.key)).toEqual([
      'office_name',
    ]);
    const hidden = checkSubmission(parsed, { has_office: false, office_name: 'Büro' });
    expect(hidden.problems).toEqual([]);
    expect(hidden.answers).toEqual({ has_office: false });
  });
});
