// This Jest project runs every database test on the embedded SQLite.
delete process.env.DATABASE_URL;
process.env.TEST_DB_KIND = 'sqlite';
