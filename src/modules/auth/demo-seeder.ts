import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { OrganizationRole, OrganizationsService } from '../organizations';
import { PlanService, ProjectsService } from '../projects';
import { TasksService } from '../tasks';
import { PasswordHasher, User, UsersService } from '../users';

export const DEMO_EMAIL = 'demo@atlas.example';
const TEAMMATE_EMAIL = 'teammate@atlas.example';
const DEMO_SEED_LOCK = 7_311_002;
const DAY_MS = 86_400_000;

const PLAN = [
  {
    epic: 'Launch the public beta',
    stories: [
      { story: 'Sign-up and onboarding', tasks: ['Design the welcome flow', 'Email verification', 'Onboarding checklist'] },
      { story: 'Billing', tasks: ['Pricing page', 'Stripe webhooks', 'Invoices in the account area'] },
    ],
  },
  {
    epic: 'Reliability',
    stories: [
      { story: 'Observability', tasks: ['Structured logs', 'Error budget dashboard'] },
      { story: 'Backups', tasks: ['Nightly snapshots', 'Restore drill'] },
    ],
  },
];

/**
 * Seeds the demo workspace once: two users, an organization, a project with epics, stories and
 * tasks. Concurrent first calls serialise on an advisory lock, so exactly one seeds.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly organizations: OrganizationsService,
    private readonly projects: ProjectsService,
    private readonly plan: PlanService,
    private readonly tasks: TasksService,
  ) {}

  async ensureDemoWorkspace(): Promise<User> {
    const existing = await this.users.findByEmail(DEMO_EMAIL);
    if (existing) return existing;
    // Demo accounts sign in through demo-login only: their passwords are random and never shown.
    const passwordHash = await this.hasher.hash(randomBytes(24).toString('base64url'));
    return this.seed(passwordHash);
  }

  @Transactional()
  private async seed(passwordHash: string): Promise<User> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK]);
    const existing = await this.users.findByEmail(DEMO_EMAIL);
    if (existing) return existing;
    const demo = await this.users.create({ username: 'demo', email: DEMO_EMAIL, passwordHash });
    const teammate = await this.users.create({ username: 'demo_teammate', email: TEAMMATE_EMAIL, passwordHash });
    const organization = await this.organizations.createForOwner(demo.id, {
      name: 'Atlas Demo',
      description: 'A sample workspace',
    });
    await this.organizations.addExistingMember(organization.id, teammate.id, OrganizationRole.DEVELOPER, demo.id);
    const project = await this.projects.createIn(organization.id, demo.id, { name: 'Atlas Launch', description: 'Ship the beta' });
    let day = 1;
    for (const [epicOrder, { epic, stories }] of PLAN.entries()) {
      const createdEpic = await this.plan.createEpic(demo.id, project.id, { name: epic, order: epicOrder });
      for (const [storyOrder, { story, tasks }] of stories.entries()) {
        const createdStory = await this.plan.createStory(demo.id, createdEpic.id, { name: story, order: storyOrder });
        for (const [taskOrder, title] of tasks.entries()) {
          await this.tasks.create(demo.id, project.id, {
            title,
            story_id: createdStory.id,
            order: taskOrder,
            estimate_hours: 4 + taskOrder * 2,
            due_date: new Date(Date.now() + day++ * DAY_MS).toISOString(),
          });
        }
      }
    }
    return demo;
  }
}
