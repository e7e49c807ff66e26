'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { ROLES, type Role } from '@wir/shared';
import { FieldError } from '@/modules/ui/field-error';
import { fieldIds } from '@/modules/ui/field-ids.util';

interface RolesFieldsetProps {
  legend: string;
  defaultRoles?: readonly Role[];
  error?: string;
}

/** Checkboxes named "roles", one per role; a fieldset so the legend names the group. */
export function RolesFieldset({ legend, defaultRoles = [], error }: RolesFieldsetProps) {
  const t = useTranslations('roles');
  const id = useId();
  const { errorId, describedBy } = fieldIds(id, undefined, error);
  return (
    <fieldset className="field" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="checkbox-group">
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              name="roles"
              value={role}
              defaultChecked={defaultRoles.includes(role)}
              aria-invalid={error ? true : undefined}
            />
            {t(role)}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

export function rolesOf(data: FormData): Role[] {
  return data.getAll('roles').filter((value): value is Role => (ROLES as readonly unknown[]).includes(value));
}
