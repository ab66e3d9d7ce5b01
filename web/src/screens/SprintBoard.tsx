import { unwrap } from '@atlas/client';
import { useState } from 'react';
import { api } from '../api';
import type { LabelJson, SprintJson, SprintPlanJson, TaskJson } from '../models';
import { useConsole } from '../console-context';
import { useAction, useResource, useSocketEvent } from '../hooks';
import { ErrorMessage, formatDate, Loading, PointsInput, parsePoints } from '../ui';
import { BurndownChart, ForecastSummary } from './charts';
import { LabelChips, useProjectLabels } from './labels';
import { CompletionNotice, TaskActionButton, useTaskActions } from './task-actions';

const COLUMNS = ['To Do', 'In Progress', 'Done'] as const;
const points = (tasks: TaskJson[]) => tasks.reduce((sum, task) => sum + (task.story_points ?? 0), 0);

function TaskCard({
  task,
  labels,
  removable,
  onRemove,
  actions,
}: {
  task: TaskJson;
  labels: LabelJson[];
  removable: boolean;
  onRemove: () => void;
  actions: ReturnType<typeof useTaskActions>;
}) {
  const { members, openTask } = useConsole();
  const assignee = members.find((member) => member.id === task.assignee_id)?.username;
  return (
    <li className="card" data-testid="sprint-task">
      <button className="link" onClick={() => openTask(task.id)}>{task.title}</button> <LabelChips ids={task.label_ids} labels={labels} />
      <div className="row">
        <span className="badge">{task.story_points === null ? 'no points' : `${task.story_points} pts`}</span>
        {assignee && <span className="badge">{assignee}</span>}
        {task.is_blocked && <span className="badge blocked">blocked</span>}
        <TaskActionButton task={task} actions={actions} />
        {removable && task.status !== 'Done' && (
          <button className="secondary" aria-label={`Move ${task.title} to the backlog`} onClick={onRemove}>To backlog</button>
        )}
      </div>
    </li>
  );
}

/** Suggests tasks from the backlog up to a capacity (the velocity by default) and adds them on request. */
function CapacityPlanner({ sprint, onPlanned }: { sprint: SprintJson; onPlanned: () => void }) {
  const [capacity, setCapacity] = useState('');
  const [suggestion, setSuggestion] = useState<SprintPlanJson | null>(null);
  const action = useAction();
  const plan = async (apply: boolean) => {
    const capacityPoints = parsePoints(capacity);
    const body = { apply, ...(capacityPoints === null ? {} : { capacity_points: capacityPoints }) };
    const answer = await action.run(() => unwrap(api.POST('/api/v1/sprints/{sprint_id}/plan', { params: { path: { sprint_id: sprint.id } }, body })));
    if (!answer) return;
    setSuggestion(apply ? null : answer);
    if (apply) onPlanned();
  };
  return (
    <div className="planner">
      <div className="row">
        <PointsInput label="Capacity points" value={capacity} onChange={setCapacity} />
        <button className="secondary" onClick={() => plan(false)} disabled={action.pending}>Suggest from backlog</button>
        {suggestion && suggestion.selected.length > 0 && (
          <button onClick={() => plan(true)} disabled={action.pending}>Add the {suggestion.selected.length} suggested</button>
        )}
      </div>
      {suggestion && (
        <p data-testid="plan-suggestion">
          {suggestion.selected.length === 0
            ? `Nothing in the backlog fits ${suggestion.capacity_points} points.`
            : `${suggestion.total_points} of ${suggestion.capacity_points} points: ${suggestion.selected.map((task) => task.title).join(', ')}`}
        </p>
      )}
      <ErrorMessage error={action.error} />
    </div>
  );
}

/** Start, complete (carrying unfinished tasks over) or delete a sprint. */
function Lifecycle({ sprint, planned, onChanged }: { sprint: SprintJson; planned: SprintJson[]; onChanged: () => void }) {
  const action = useAction();
  const [carryOver, setCarryOver] = useState('backlog');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const path = { params: { path: { sprint_id: sprint.id } } };
  const act = async (call: () => Promise<unknown>) => {
    await action.run(call);
    onChanged();
  };
  return (
    <div className="row">
      {sprint.status === 'planned' && (
        <>
          <button onClick={() => act(() => unwrap(api.POST('/api/v1/sprints/{sprint_id}/start', path)))} disabled={action.pending}>
            {action.pending ? 'Starting…' : 'Start sprint'}
          </button>
          {confirmDelete ? (
            <>
              <span>Delete {sprint.name}? Its tasks go back to the backlog.</span>
              <button onClick={() => act(() => unwrap(api.DELETE('/api/v1/sprints/{sprint_id}', path)))} disabled={action.pending}>Delete</button>
              <button className="secondary" onClick={() => setConfirmDelete(false)}>Keep</button>
            </>
          ) : (
            <button className="secondary" onClick={() => setConfirmDelete(true)}>Delete sprint</button>
          )}
        </>
      )}
      {sprint.status === 'active' && (
        <>
          <label>
            Unfinished tasks go to{' '}
            <select aria-label="Carry unfinished tasks over to" value={carryOver} onChange={(e) => setCarryOver(e.target.value)}>
              <option value="backlog">the backlog</option>
              {planned.map((next) => (
                <option key={next.id} value={next.id}>{next.name}</option>
              ))}
            </select>
          </label>
          <button onClick={() => act(() => unwrap(api.POST('/api/v1/sprints/{sprint_id}/complete', { ...path, body: { carry_over_to: carryOver } })))} disabled={action.pending}>
            {action.pending ? 'Completing…' : 'Complete sprint'}
          </button>
        </>
      )}
      <ErrorMessage error={action.error} />
    </div>
  );
}

/** One sprint: its tasks by status, what can be added from the backlog, its burndown and forecast. */
export function SprintBoard({ sprint, projectId, planned, onChanged }: { sprint: SprintJson; projectId: string; planned: SprintJson[]; onChanged: () => void }) {
  const { socket } = useConsole();
  const sprintPath = { params: { path: { sprint_id: sprint.id } } };
  const listTasks = (sprintId: string) =>
    unwrap(api.GET('/api/v1/projects/{project_id}/tasks', { params: { path: { project_id: projectId }, query: { sprint_id: sprintId, limit: 100 } } }));
  const open = sprint.status !== 'completed';
  const tasks = useResource(() => listTasks(sprint.id), [sprint.id]);
  const backlog = useResource(() => (open ? listTasks('none') : Promise.resolve(undefined)), [sprint.id, open]);
  const burndown = useResource(
    () => (sprint.status === 'planned' ? Promise.resolve(undefined) : unwrap(api.GET('/api/v1/sprints/{sprint_id}/burndown', sprintPath))),
    [sprint.id, sprint.status, sprint.updated_at],
  );
  const forecast = useResource(
    () => (sprint.status === 'active' ? unwrap(api.GET('/api/v1/sprints/{sprint_id}/forecast', sprintPath)) : Promise.resolve(undefined)),
    [sprint.id, sprint.status, sprint.updated_at],
  );
  const reload = () => {
    tasks.reload();
    backlog.reload();
    burndown.reload();
    forecast.reload();
  };
  useSocketEvent(socket, 'task_updated', (task) => task.project_id === projectId && reload(), reload);
  const actions = useTaskActions(reload);
  const labels = useProjectLabels(projectId);
  const move = useAction();
  const [taskId, setTaskId] = useState('');
  const afterMove = () => {
    reload();
    onChanged();
  };
  const add = async () => {
    if (await move.run(() => unwrap(api.POST('/api/v1/sprints/{sprint_id}/tasks', { ...sprintPath, body: { task_ids: [taskId] } })))) setTaskId('');
    afterMove();
  };
  const remove = async (task: TaskJson) => {
    await move.run(() => unwrap(api.DELETE('/api/v1/sprints/{sprint_id}/tasks/{task_id}', { params: { path: { sprint_id: sprint.id, task_id: task.id } } })));
    afterMove();
  };

  const items = tasks.data?.items ?? [];
  const candidates = (backlog.data?.items ?? []).filter((task) => task.status !== 'Done');
  return (
    <div className="sprint" data-testid="sprint" aria-label={`Sprint ${sprint.name}`}>
      <h3>
        {sprint.name} <span className="badge">{sprint.status}</span>
      </h3>
      <p>
        {formatDate(sprint.start_date)} → {formatDate(sprint.end_date)}
        {sprint.goal && ` · ${sprint.goal}`}
        {` · ${points(items)} points in it`}
        {sprint.committed_points !== null && ` · committed ${sprint.committed_points}`}
        {sprint.completed_points !== null && ` · completed ${sprint.completed_points}`}
      </p>
      <Lifecycle sprint={sprint} planned={planned} onChanged={onChanged} />
      {open && (
        <div className="row">
          <select aria-label="Task to add" value={taskId} onChange={(e) => setTaskId(e.target.value)}>
            <option value="">{candidates.length === 0 ? 'The backlog is empty' : 'Add a backlog task…'}</option>
            {candidates.map((task) => (
              <option key={task.id} value={task.id}>
                {task.title}
                {task.story_points === null ? '' : ` (${task.story_points} pts)`}
              </option>
            ))}
          </select>
          <button disabled={!taskId || move.pending} onClick={add}>Add to sprint</button>
        </div>
      )}
      {open && <CapacityPlanner sprint={sprint} onPlanned={afterMove} />}
      <ErrorMessage error={tasks.error ?? backlog.error ?? move.error ?? actions.error} />
      <CompletionNotice completion={actions.completion} />
      <Loading when={tasks.loading && !tasks.data} />
      <div className="columns">
        {COLUMNS.map((status) => {
          const column = items.filter((task) => task.status === status);
          return (
            <section key={status} className="column" aria-label={status} data-testid={`column-${status}`}>
              <h4>
                {status} <small>{points(column)} pts</small>
              </h4>
              <ul>
                {column.map((task) => (
                  <TaskCard key={task.id} task={task} labels={labels.data?.items ?? []} removable={open} onRemove={() => remove(task)} actions={actions} />
                ))}
              </ul>
              {tasks.data && column.length === 0 && <p className="empty">None</p>}
            </section>
          );
        })}
      </div>
      <ErrorMessage error={burndown.error ?? forecast.error} />
      {sprint.status === 'planned' && <p className="empty">The burndown starts when the sprint does.</p>}
      {burndown.data && <BurndownChart days={burndown.data.days} endDate={sprint.end_date} />}
      {forecast.data && <ForecastSummary forecast={forecast.data} />}
    </div>
  );
}
