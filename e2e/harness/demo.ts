/** The demo accounts the test server has (one per role around Tapanuli Utara) and their one password. */
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/features/auth/demo-accounts.ts';
