import { z } from 'zod';

// Runs before the app's code in the browser. The CSP has no 'unsafe-eval', so zod must neither
// compile its parsers with `new Function` nor probe whether it may (the browser reports the probe
// as a CSP violation even though zod catches the error).
z.config({ jitless: true });
