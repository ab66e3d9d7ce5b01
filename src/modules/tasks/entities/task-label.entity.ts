import { Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Label } from '../../labels/schema';
import { Task } from './task.entity';

/** A label on a task: part of the task, written only by its write path (`TasksRepository`). */
@Entity('task_labels')
@Index('ix_task_labels_label', ['labelId', 'taskId'])
export class TaskLabel {
  @ManyToOne(() => Task, { onDelete: 'CASCADE' }) task: Task;
  @PrimaryColumn({ type: 'uuid' }) taskId: string;

  /** The cascade is a safety net: deleting a label first takes it off its tasks through the write path. */
  @ManyToOne(() => Label, { onDelete: 'CASCADE' }) label: Label;
  @PrimaryColumn({ type: 'uuid' }) labelId: string;
}
