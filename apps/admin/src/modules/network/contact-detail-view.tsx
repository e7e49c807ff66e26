'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiClient } from '@/lib/api-client';
import { EraseStep } from '@/modules/ui/erase-step';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { PageState } from '@/modules/ui/page-state';
import { submitWithFeedback } from '@/modules/ui/submit-with-feedback.util';
import { ContactForm, CONTACT_FIELDS } from './contact-form';
import { useContact, useEraseContact, useUpdateContact } from './contacts-queries';
import { useNetworkAccess } from './use-network-access';

/** /netzwerk/[id]: one contact: change, export everything held (Art. 15) and erase on request (Art. 17). */
export function ContactDetailView({ id }: { id: number }) {
  const t = useTranslations('network');
  const format = useFormatter();
  const access = useNetworkAccess();
  const contact = useContact(id, access.allowed);
  const update = useUpdateContact(id);
  const feedback = useFormFeedback(CONTACT_FIELDS);

  if (access.user && !access.allowed) return <PageState title={t('title')} notice={t('notAllowed')} />;

  return (
    <>
      <p>
        <Link href="/netzwerk">{t('backToList')}</Link>
      </p>
      <QueryState isPending={contact.isPending} error={contact.error} />
      {contact.data ? (
        <>
          <h1>{contact.data.name}</h1>
          <dl className="facts">
            <div>
              <dt>{t('columns.lastActivity')}</dt>
              <dd>
                {format.dateTime(new Date(contact.data.lastActivityAt), { dateStyle: 'medium', timeStyle: 'short' })}
              </dd>
            </div>
            <div>
              <dt>{t('columns.legalBasis')}</dt>
              <dd>{t(`legalBases.${contact.data.legalBasis}`)}</dd>
            </div>
          </dl>
          {contact.data.reviewDue ? <p className="notice notice--warning">{t('reviewDueNotice')}</p> : null}
          <section className="panel" aria-labelledby="edit-contact-heading">
            <h2 id="edit-contact-heading">{t('editTitle')}</h2>
            <ContactForm
              key={contact.data.updatedAt}
              contact={contact.data}
              feedback={feedback}
              pending={update.isPending}
              submitLabel={t('save')}
              onSubmit={submitWithFeedback(update, feedback, t('saved'))}
            />
          </section>
          <PersonExport id={id} name={contact.data.name} />
          <EraseContact id={id} name={contact.data.name} />
        </>
      ) : null}
    </>
  );
}

/** Art. 15 DSGVO: everything held about the person, as a JSON file made in the browser from the API's answer. */
function PersonExport({ id, name }: { id: number; name: string }) {
  const t = useTranslations('network.personExport');
  const describeError = useDescribeError();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  async function download() {
    setError(null);
    try {
      const data = await apiClient.contacts.personExport(id);
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `kontakt-${id}-auskunft.json`;
      link.click();
      URL.revokeObjectURL(url);
      setStatus(t('done', { name }));
    } catch (err) {
      setError(describeError(err));
    }
  }
  return (
    <section className="panel" aria-labelledby="person-export-heading">
      <h2 id="person-export-heading">{t('title')}</h2>
      <p>{t('explain')}</p>
      <button type="button" className="button button--ghost" onClick={download}>
        {t('download')}
      </button>
      <FormMessages error={error} status={status} />
    </section>
  );
}

/** Art. 17 DSGVO: erase the contact after a confirmation step; the list shows afterwards. */
function EraseContact({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const describeError = useDescribeError();
  const erase = useEraseContact();
  const [error, setError] = useState<string | null>(null);
  return (
    <EraseStep
      texts="network.erase"
      name={name}
      headingId="erase-contact-heading"
      level={2}
      className="panel erase"
      pending={erase.isPending}
      onConfirm={() =>
        erase.mutate(id, {
          onSuccess: () => router.push('/netzwerk'),
          onError: (err) => setError(describeError(err)),
        })
      }
    >
      <FormMessages error={error} status="" />
    </EraseStep>
  );
}
