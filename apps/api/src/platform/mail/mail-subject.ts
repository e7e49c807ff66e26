/**
 * What a mail is about, in the sending module's own terms, e.g. `{ type: 'registration', id: 42 }`.
 * The outbox stores it as two columns and answers questions keyed by it (the subject's mails, how many
 * of a kind, erase them) without knowing any module; the module that owns the type names it.
 */
export type MailSubject = {
  /** `[a-z_]+`, at most 40 characters; one per kind of thing a module sends mails about. */
  type: string;
  id: number;
};

const SUBJECT_TYPE = /^[a-z][a-z_]{0,39}$/;

/** Refuses a malformed subject before it is stored (a typo would orphan the mail from its subject). */
export function assertMailSubject(subject: MailSubject): void {
  if (!SUBJECT_TYPE.test(subject.type)) throw new Error(`mail subject type "${subject.type}" is not [a-z_]{1,40}`);
  if (!Number.isSafeInteger(subject.id) || subject.id < 1)
    throw new Error(`mail subject id ${subject.id} is not a positive integer`);
}
