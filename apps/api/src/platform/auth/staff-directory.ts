import type { User } from '@wir/shared';
import type { Actor } from './actor';

/** What a login checks of a staff account. */
export type StaffCredentials = { id: number; passwordHash: string; active: boolean };

/**
 * The staff accounts, as login, `auth/me` and the password change need them. platform/auth knows no
 * module: the accounts module provides this under STAFF_DIRECTORY and the composition root hands that
 * module to `AuthModule.withStaffDirectory(...)`.
 */
export interface StaffDirectory {
  credentialsByEmail(email: string): Promise<StaffCredentials | null>;
  credentialsById(id: number): Promise<StaffCredentials | null>;
  /** Notes a successful login and returns the account as the API shows it. */
  recordLogin(id: number, at: Date): Promise<User>;
  profile(id: number): Promise<User | null>;
  /** Sets the actor's own new password (policy checked, sessions ended, audited). */
  changeOwnPassword(actor: Actor, newPassword: string): Promise<void>;
}

export const STAFF_DIRECTORY = Symbol('STAFF_DIRECTORY');
