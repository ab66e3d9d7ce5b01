import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { OrganizationContext } from '../../common/organization-context';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { Memberships } from '../organizations';
import { CreateProjectDto, ProjectDto, UpdateProjectDto } from './dto/project.dto';
import { Project } from './entities/project.entity';

export function toProjectJson(project: Project): ProjectDto {
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    organization_id: project.organizationId,
    owner_id: project.ownerId,
    created_at: project.createdAt.toISOString(),
  };
}

@Injectable()
export class ProjectsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly context: OrganizationContext,
    private readonly memberships: Memberships,
  ) {}

  private get projects() {
    return this.txHost.tx.getRepository(Project);
  }

  /** Projects of every organization the caller belongs to (or of the one X-Organization-Id names), newest first. */
  async list(userId: number, page: PageQueryDto): Promise<Page<ProjectDto>> {
    const narrowed = await this.context.requested(userId);
    const organizationIds = narrowed ? [narrowed.id] : await this.memberships.organizationIdsOf(userId);
    const query = this.projects.createQueryBuilder('p').where('p.organization_id = ANY(:organizationIds)', { organizationIds });
    const projects = await this.paginator.paginate(query, page, {
      scope: `projects:${userId}:${narrowed?.id ?? 'all'}`,
      direction: 'DESC',
      columns: [
        { column: 'p.created_at', value: (p) => p.createdAt },
        { column: 'p.id', value: (p) => p.id },
      ],
    });
    return mapPage(projects, toProjectJson);
  }

  /** In the organization the request acts in. */
  async create(userId: number, input: CreateProjectDto): Promise<ProjectDto> {
    return this.createIn((await this.context.current(userId)).id, userId, input);
  }

  /** In a given organization the caller is already known to belong to (e.g. one being seeded). */
  @Transactional()
  async createIn(organizationId: string, userId: number, input: CreateProjectDto): Promise<ProjectDto> {
    const project = await this.projects.save({
      organizationId,
      ownerId: userId,
      name: input.name,
      description: input.description ?? null,
    });
    return toProjectJson(project);
  }

  async get(userId: number, projectId: string): Promise<ProjectDto> {
    await this.access.project(userId, projectId);
    return toProjectJson(await this.projects.findOneByOrFail({ id: projectId }));
  }

  @Transactional()
  async update(userId: number, projectId: string, input: UpdateProjectDto): Promise<ProjectDto> {
    this.access.requireManager(await this.access.project(userId, projectId), 'edit this project');
    const changes: Partial<Project> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description;
    if (Object.keys(changes).length > 0) await this.projects.update(projectId, changes);
    return toProjectJson(await this.projects.findOneByOrFail({ id: projectId }));
  }

  /** Ids of the projects of every organization the user belongs to. */
  async idsVisibleTo(userId: number): Promise<string[]> {
    const organizationIds = await this.memberships.organizationIdsOf(userId);
    const projects = await this.projects.find({ select: { id: true }, where: { organizationId: In(organizationIds) } });
    return projects.map((project) => project.id);
  }

  /** The owner of each of the given projects. */
  async ownerIdsOf(projectIds: readonly string[]): Promise<Map<string, number>> {
    if (projectIds.length === 0) return new Map();
    const projects = await this.projects.find({ select: { id: true, ownerId: true }, where: { id: In([...projectIds]) } });
    return new Map(projects.map((project) => [project.id, project.ownerId]));
  }

  async idsOfOrganization(organizationId: string): Promise<string[]> {
    const projects = await this.projects.find({ select: { id: true }, where: { organizationId } });
    return projects.map((project) => project.id);
  }

  @Transactional()
  async remove(userId: number, projectId: string): Promise<void> {
    this.access.requireManager(await this.access.project(userId, projectId), 'delete this project');
    await this.projects.delete(projectId);
  }
}
