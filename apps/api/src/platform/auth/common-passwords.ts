/**
 * Common passwords of 12+ characters (shorter ones fail the length rule anyway), lower-cased.
 * Drawn from the well-known breach top lists and their German counterparts.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '1234567891011', '123123123123',
  '111111111111', '000000000000', '123412341234', '121212121212', '098765432109', '987654321098',
  'qwertyuiopas', 'qwertyuiop123', 'qwertyuiop12', 'qwertzuiop123', 'qwertz123456', 'qwerty123456',
  'qwerty12345678', 'asdfghjkl123', 'asdfghjklöä', '1q2w3e4r5t6y', '1q2w3e4r5t6y7u', 'q1w2e3r4t5y6',
  'zaq12wsxcde3', '1qaz2wsx3edc', 'password1234', 'password12345', 'password123456', 'password1!23',
  'passwort1234', 'passwort12345', 'passwort123456', 'mypassword123', 'password1234!', 'passw0rd1234',
  'p@ssw0rd1234', 'p@ssword1234', 'changeme1234', 'changeme12345', 'letmein12345', 'welcome12345',
  'welcome123456', 'willkommen123', 'willkommen1234', 'hallo1234567', 'hallohallo12', 'iloveyou1234',
  'ichliebedich1', 'ichliebedich12', 'sommer123456', 'fussball1234', 'fußball12345', 'schalke04schalke',
  'borussia1909', 'bayernmuenchen', 'bayernmünchen', 'administrator', 'administrator1', 'admin1234567',
  'adminadmin12', 'adminadmin123', 'superuser123', 'abcdefghijkl', 'abcdefg12345', 'abc123abc123',
  'aaaaaaaaaaaa', 'monkey123456', 'dragon123456', 'sunshine1234', 'princess1234', 'football1234',
  'baseball1234', 'trustno1trustno1', 'starwars1234', 'master123456', 'shadow123456', 'michael12345',
  'jennifer1234', 'superman1234', 'batman123456', 'computer1234', 'internet1234', 'sicherheit12',
  'sicherheit123', 'geheim123456', 'geheimgeheim', 'kennwort1234', 'kennwort12345', 'zugang123456',
  'winter123456', 'frühling1234', 'herbst123456', 'deutschland1', 'deutschland12', 'deutschland123',
  'offenbach123', 'offenbach1234', 'integration1', 'integration12', 'integration123', 'kreisoffenbach',
  'wirwirwirwir', 'correcthorsebatterystaple', 'passwordpassword', 'qwertyqwerty', 'asdfasdfasdf',
  'zxcvbnm12345', '1234qwerasdf', 'qwer1234asdf', 'abcd1234abcd', '1234abcd1234', 'test12345678',
  'testtest1234', 'testpassword', 'demo12345678', 'start1234567', 'start123456789', 'login1234567',
]);
