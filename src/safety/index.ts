export { scanSecrets, REDACTED, type SecretKind, type SecretScan } from './secrets';
export { outOfScopeReason, mentionsCore, tellsOfVictim, type OutOfScopeReason } from './scope';
