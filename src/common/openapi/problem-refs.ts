export const PROBLEM_REF = '#/components/schemas/ProblemDetails';
