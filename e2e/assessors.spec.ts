import {
  callApi,
  DEMO,
  DESKTOP,
  expect,
  expectAccessible,
  mainNav,
  orgApi,
  PHONE,
  runSuffix,
  signInAs,
  test,
} from './fixtures.ts';

/**
 * The "no assessor" rule's data (DESIGN.md rule 6): an admin records who supervises whom on the People page, and a
 * member declares their own on their profile, on a phone; each story tidies up after itself.
 */
test('an admin records that someone supervises a person, from the People page', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.admin);
  const suffix = runSuffix();
  const name = `Trainee ${suffix}`;
  const invited = await callApi<{ personId: string }>(page, 'POST', `${orgApi(page)}/invitations`, {
    email: `trainee.${suffix}@riverside.example`,
    name,
  });
  expect(invited.status).toBe(201);

  await mainNav(page).getByRole('link', { name: 'People', exact: true }).click();
  await page.getByLabel('Search').fill(name);
  await page
    .getByRole('button', { name: `Actions for ${name}` })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'Supervisors and assessors' }).click();
  const dialog = page.getByRole('dialog', { name: `Supervisors and assessors: ${name}` });
  await expect(dialog.getByText('Nobody recorded.').first()).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Relationship' }).click();
  await page.getByRole('option', { name: 'Their supervisor' }).click();
  await dialog.getByRole('textbox', { name: 'Person' }).fill(DEMO.facilitator);
  await page.getByRole('option', { name: new RegExp(DEMO.facilitator) }).click();
  await expectAccessible(page, 'supervisors and assessors dialog');
  await dialog.getByRole('button', { name: 'Record' }).click();
  const recorded = dialog.getByRole('listitem').filter({ hasText: '(supervisor)' });
  await expect(recorded).toBeVisible();
  await expectAccessible(page, 'a supervisor recorded');

  await recorded.getByRole('button', { name: /^Remove/ }).click();
  await expect(recorded).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await callApi(page, 'DELETE', `${orgApi(page)}/people/${invited.json.personId}`);
});

test('a member declares, on a phone, who assesses them: a list only they see', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, DEMO.member);
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await mainNav(page).getByRole('link', { name: 'My profile' }).click();
  const section = page.getByRole('region', { name: 'People who supervise, assess or manage me' });
  await expect(
    section.getByText('Used only so Kindred never matches or groups you with them; nobody else sees this list.'),
  ).toBeVisible();
  await expect(section.getByText('Only you can see this')).toBeVisible();

  // Found by their whole address, shown by name only.
  await section.getByRole('textbox', { name: 'Person' }).fill(DEMO.facilitator);
  const option = page.getByRole('option').first();
  await expect(option).toBeVisible();
  await expect(option).not.toContainText('@');
  const facilitatorName = (await option.textContent())!.trim();
  await option.click();
  await section.getByRole('textbox', { name: 'They are my' }).click();
  await page.getByRole('option', { name: 'Assessor' }).click();
  await expectAccessible(page, 'profile, declaring an assessor, phone');
  await section.getByRole('button', { name: 'Add to my list' }).click();
  const listed = section.getByRole('listitem').filter({ hasText: facilitatorName });
  await expect(listed).toContainText('(assessor)');
  await expectAccessible(page, 'profile with an assessor declared, phone');

  // Still there after a reload; then taken off again, so the story can run again.
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'People who supervise, assess or manage me' })
      .getByRole('listitem')
      .filter({ hasText: facilitatorName }),
  ).toBeVisible();
  await page.getByRole('button', { name: `Take ${facilitatorName} (assessor) off your list` }).click();
  await expect(
    page
      .getByRole('region', { name: 'People who supervise, assess or manage me' })
      .getByText('Nobody on your list yet.'),
  ).toBeVisible();
});
