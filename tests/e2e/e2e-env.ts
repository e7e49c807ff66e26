/** Ports and the first admin of the e2e run; shared by the config and the journeys. */
export const API_PORT = 3100;
export const ADMIN_PORT = 4300;
export const E2E_ADMIN_EMAIL = 'admin@example.org';
export const E2E_ADMIN_PASSWORD = 'Correct-Horse-42!';
