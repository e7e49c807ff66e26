import { z } from 'zod';
import { ROLES } from './roles.constant';
import { passwordSchema } from './password.schema';

export const roleSchema = z.enum(ROLES);

export const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  /** The password was set by someone else: until it is changed, only GET /auth/me, POST /auth/password and POST /auth/logout answer. */
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

const emailSchema = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
const rolesSchema = z
  .array(roleSchema)
  .min(1, 'at least one role')
  .transform((r) => [...new Set(r)]);

export const createUserSchema = z.strictObject({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(120),
  password: passwordSchema,
  roles: rolesSchema,
});
export type CreateUser = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    displayName: z.string().trim().min(1).max(120).optional(),
    roles: rolesSchema.optional(),
    active: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'no field to change' });
export type UpdateUser = z.input<typeof updateUserSchema>;
