export { readCases, evalCaseSchema, type EvalCase } from './cases';
export { checkAnswer, foldForScore, missingGroup, type EvalAnswer } from './score';
