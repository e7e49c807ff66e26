interface Feedback {
  succeed: (message: string) => void;
  fail: (error: unknown) => void;
}

interface Mutation<Body> {
  mutate: (body: Body, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
}

/**
 * A form's submit handler that sends the body with `mutation`: on success the form's status line says
 * `message`; a failure goes to the form's fields and alert (useFormFeedback).
 */
export function submitWithFeedback<Body>(mutation: Mutation<Body>, feedback: Feedback, message: string) {
  return (body: Body) => mutation.mutate(body, { onSuccess: () => feedback.succeed(message), onError: feedback.fail });
}
