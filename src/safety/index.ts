export { scanSecrets, REDACTED, type SecretKind, type SecretScan } from './secrets';
export { outOfScopeReason, mentionsCore, namesTopic, tellsOfVictim, type OutOfScopeReason } from './scope';
