import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { isUniqueViolation, NotFoundError, ValidationFailedError } from '../../common/errors';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { CreateLabelDto, LabelDto, UpdateLabelDto } from './dto/label.dto';
import { Label } from './entities/label.entity';
import { LabelRemovalListeners } from './label-removal';
import { LabelNameTakenError } from './labels.errors';

const NAME_INDEX = 'uq_labels_project_name';

export function toLabelJson(label: Label): LabelDto {
  return {
    id: label.id,
    project_id: label.projectId,
    name: label.name,
    color: label.color,
    created_at: label.createdAt.toISOString(),
    updated_at: label.updatedAt.toISOString(),
  };
}

/** Labels of a project: any member creates, renames and recolours them; deleting takes a manager. */
@Injectable()
export class LabelsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly removal: LabelRemovalListeners,
  ) {}

  private get labels() {
    return this.txHost.tx.getRepository(Label);
  }

  @Transactional()
  async create(userId: number, projectId: string, input: CreateLabelDto): Promise<LabelDto> {
    await this.access.project(userId, projectId);
    const label = await this.saveUnique(Object.assign(new Label(), { projectId, name: input.name, color: input.color }));
    return toLabelJson(label);
  }

  /** By name, then id. */
  async list(userId: number, projectId: string, query: PageQueryDto): Promise<Page<LabelDto>> {
    await this.access.project(userId, projectId);
    const builder = this.labels.createQueryBuilder('l').where('l.project_id = :projectId', { projectId });
    const page = await this.paginator.paginate(builder, query, {
      scope: `labels:${projectId}`,
      direction: 'ASC',
      columns: [
        { column: 'l.name', value: (l) => l.name },
        { column: 'l.id', value: (l) => l.id },
      ],
    });
    return mapPage(page, toLabelJson);
  }

  @Transactional()
  async update(userId: number, labelId: string, input: UpdateLabelDto): Promise<LabelDto> {
    await this.access.label(userId, labelId);
    const label = await this.lock(labelId);
    if (input.name !== undefined) label.name = input.name;
    if (input.color !== undefined) label.color = input.color;
    return toLabelJson(await this.saveUnique(label));
  }

  /** The tasks carrying the label lose it through their write path first (listeners), then the label goes. */
  @Transactional()
  async remove(userId: number, labelId: string): Promise<void> {
    this.access.requireManager(await this.access.label(userId, labelId), 'delete a label');
    const label = await this.lock(labelId);
    await this.removal.notify([{ labelId, projectId: label.projectId, name: label.name, actorId: userId }]);
    await this.labels.delete(labelId);
  }

  /**
   * Every id must be a label of the project, else a 422 naming each bad one (a label of another
   * project reads exactly like a missing one). The share lock keeps them until the caller commits,
   * so a concurrent deletion waits and then sees the caller's rows.
   */
  async requireInProject(labelIds: readonly string[], projectId: string, field: string): Promise<void> {
    if (labelIds.length === 0) return;
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM labels WHERE id = ANY($1::uuid[]) AND project_id = $2 ORDER BY id FOR SHARE`,
      [labelIds, projectId],
    );
    const found = new Set(rows.map((row) => row.id));
    const errors = labelIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !found.has(id))
      .map(({ id, index }) => ({ field: `${field}[${index}]`, message: `label ${id} is not a label of project ${projectId}` }));
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }

  private async lock(labelId: string): Promise<Label> {
    const label = await this.labels.createQueryBuilder('l').setLock('pessimistic_write').where('l.id = :labelId', { labelId }).getOne();
    if (!label) throw new NotFoundError('Label', labelId);
    return label;
  }

  private async saveUnique(label: Label): Promise<Label> {
    try {
      return await this.labels.save(label);
    } catch (error) {
      if (isUniqueViolation(error, NAME_INDEX)) throw new LabelNameTakenError();
      throw error;
    }
  }
}
