import { test } from '@playwright/test';
import { expectAnswers } from './statusCodes';

test('the production server answers each kind of request with its status code, redirect and Allow header', async () => {
  await expectAnswers(Number(process.env.E2E_PORT ?? 3100));
});
