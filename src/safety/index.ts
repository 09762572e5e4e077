export { scanSecrets, REDACTED, type SecretKind, type SecretScan } from './secrets';
export { outOfScopeReason, mentionsCore, type OutOfScopeReason } from './scope';
