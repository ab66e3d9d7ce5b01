export const PROBLEM_REF = '#/components/schemas/ProblemDetails';
export const TRANSITION_PROBLEM_REF = '#/components/schemas/TransitionProblem';
