import { describeBrowser, withScreenshots } from '../support/browser';
import { consoleSuite, unique } from '../support/console-users';

describeBrowser('web console: sprint board in Chromium', () => {
  const suite = consoleSuite();

  it('plans a sprint, burns it down as tasks complete, and counts it in the velocity', async () => {
    const lead = await suite.people.register(unique('lead'));
    const api = suite.people.api(lead);
    const project = (await api.post('/api/v1/projects', { name: 'Rover' }).expect(201)).body;
    const epic = (await api.post(`/api/v1/projects/${project.id}/epics`, { name: 'Drive' }).expect(201)).body;
    const story = (await api.post(`/api/v1/epics/${epic.id}/stories`, { name: 'Wheels' }).expect(201)).body;
    for (const [order, [title, points]] of ([['Wire the motors', 3], ['Write the firmware', 5]] as const).entries()) {
      await api.post(`/api/v1/projects/${project.id}/tasks`, { title, story_id: story.id, order, story_points: points }).expect(201);
    }

    const page = await suite.people.browser();
    await withScreenshots('sprint burndown', suite.users, async () => {
      await suite.people.signIn(page, lead);
      await page.getByTestId('project').filter({ hasText: 'Rover' }).click();
      await page.getByRole('tab', { name: 'Sprints' }).click();
      await page.getByText('No sprint yet').waitFor();

      const form = page.getByRole('form', { name: 'New sprint' });
      await form.getByLabel('Sprint name').fill('Sprint 1');
      await form.getByLabel('Sprint goal').fill('Roll on flat ground');
      await form.getByRole('button', { name: 'Plan sprint' }).click();
      const sprint = page.getByTestId('sprint');
      await sprint.getByRole('heading', { name: /Sprint 1\s+planned/ }).waitFor();
      await sprint.getByText('The burndown starts when the sprint does.').waitFor();

      // One task from the backlog by hand, the rest by the capacity planner.
      await sprint.getByLabel('Task to add').selectOption({ label: 'Wire the motors (3 pts)' });
      await sprint.getByRole('button', { name: 'Add to sprint' }).click();
      const card = (title: string) => sprint.getByTestId('sprint-task').filter({ hasText: title });
      await page.getByTestId('column-To Do').getByTestId('sprint-task').filter({ hasText: 'Wire the motors' }).waitFor();
      await sprint.getByLabel('Capacity points').fill('10');
      await sprint.getByRole('button', { name: 'Suggest from backlog' }).click();
      await sprint.getByTestId('plan-suggestion').filter({ hasText: '5 of 10 points: Write the firmware' }).waitFor();
      await sprint.getByRole('button', { name: 'Add the 1 suggested' }).click();
      await page.getByTestId('column-To Do').getByTestId('sprint-task').filter({ hasText: 'Write the firmware' }).waitFor();

      await sprint.getByRole('button', { name: 'Start sprint' }).click();
      await sprint.getByRole('heading', { name: /Sprint 1\s+active/ }).waitFor();
      const burndown = sprint.getByTestId('burndown-summary');
      await burndown.filter({ hasText: '8 of 8 points left' }).waitFor();
      await sprint.getByTestId('burndown').waitFor();
      await sprint.getByTestId('forecast').waitFor();

      // Completing a task burns its points down and hands out the next one.
      await card('Wire the motors').getByRole('button', { name: 'Start' }).click();
      await page.getByTestId('column-In Progress').getByTestId('sprint-task').filter({ hasText: 'Wire the motors' }).waitFor();
      await card('Wire the motors').getByRole('button', { name: 'Complete' }).click();
      await sprint.getByTestId('next-task').filter({ hasText: 'Next for you: Write the firmware' }).waitFor();
      await burndown.filter({ hasText: '5 of 8 points left (3 done' }).waitFor();
      await page.getByTestId('column-Done').getByTestId('sprint-task').filter({ hasText: 'Wire the motors' }).waitFor();
      await page.getByTestId('column-In Progress').getByTestId('sprint-task').filter({ hasText: 'Write the firmware' }).waitFor();

      const sprints = (await api.get(`/api/v1/projects/${project.id}/sprints`).expect(200)).body.items;
      const days = (await api.get(`/api/v1/sprints/${sprints[0].id}/burndown`).expect(200)).body.days;
      expect(days[days.length - 1]).toMatchObject({ scope_points: 8, completed_points: 3, remaining_points: 5 });

      await card('Write the firmware').getByRole('button', { name: 'Complete' }).click();
      await burndown.filter({ hasText: '0 of 8 points left' }).waitFor();

      // The completed sprint enters the velocity.
      await sprint.getByRole('button', { name: 'Complete sprint' }).click();
      await sprint.getByRole('heading', { name: /Sprint 1\s+completed/ }).waitFor();
      await page.getByText('Average completed: 8 points').waitFor();
      await page.getByTestId('velocity').waitFor();
      expect(await page.getByTestId('error').count()).toBe(0);
    });
  });
});
