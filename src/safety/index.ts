export { scanSecrets, REDACTED, type SecretKind, type SecretScan } from './secrets';
export { outOfScopeReason, mentionsDomain, type OutOfScopeReason } from './scope';
