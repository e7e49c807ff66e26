import { submitWithFeedback } from './submit-with-feedback.util';

function fakeMutation(outcome: 'success' | Error) {
  const sent: unknown[] = [];
  return {
    sent,
    mutate: (body: { name: string }, options: { onSuccess: () => void; onError: (error: unknown) => void }) => {
      sent.push(body);
      if (outcome === 'success') options.onSuccess();
      else options.onError(outcome);
    },
  };
}

describe('submitWithFeedback', () => {
  it('sends the body and says the message when it is saved', () => {
    const mutation = fakeMutation('success');
    const feedback = { succeed: jest.fn(), fail: jest.fn() };
    submitWithFeedback(mutation, feedback, 'Gespeichert.')({ name: 'Aydın' });
    expect(mutation.sent).toEqual([{ name: 'Aydın' }]);
    expect(feedback.succeed).toHaveBeenCalledWith('Gespeichert.');
    expect(feedback.fail).not.toHaveBeenCalled();
  });

  it('hands a failure to the form', () => {
    const problem = new Error('validation_failed');
    const feedback = { succeed: jest.fn(), fail: jest.fn() };
    submitWithFeedback(fakeMutation(problem), feedback, 'Gespeichert.')({ name: '' });
    expect(feedback.fail).toHaveBeenCalledWith(problem);
    expect(feedback.succeed).not.toHaveBeenCalled();
  });
});
