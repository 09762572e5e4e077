export { scanSecrets, REDACTED, type SecretKind, type SecretScan } from './secrets';
export { scopeCheck, type OutOfScopeReason, type ScopeCheck, type ScopeQuestion } from './scope';
