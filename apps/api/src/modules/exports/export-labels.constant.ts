import type { OrganisationType, PublicLanguage, RegistrationStatus } from '@wir/shared';

/** German labels in downloads (the admin's catalog says the same for organisation types). */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  municipal_integration_office: 'Kommunales Integrationsbüro',
  district_department: 'Fachdienst der Kreisverwaltung',
  rescue_service: 'Rettungsdienst',
  association: 'Verein oder Verband',
  migrant_organisation: 'Migrantenorganisation',
  school: 'Schule',
  other: 'Sonstige',
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: 'bestätigt',
  waitlisted: 'Warteliste',
  cancelled: 'storniert',
};

export const LANGUAGE_LABELS: Record<PublicLanguage, string> = {
  de: 'Deutsch',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
};

/** Who issues attendance certificates, and where. */
export const CERTIFICATE_ISSUER = { name: 'Integrationsbüro Kreis Offenbach', place: 'Dietzenbach' } as const;
