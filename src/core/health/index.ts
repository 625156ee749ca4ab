/** Public API of health: start checks, `nginx -t`, server and deployment health, and their inputs. */
export { canStart, LOJA_INI, type StartCheck, type StartOptions } from './canStart';
export {
  deploymentEnvs,
  deploymentInputs,
  envDatabase,
  healthDependencies,
  healthInputs,
  hostsAffectedBy,
} from './dependencies';
export {
  type BackendHealth,
  type DeploymentHealth,
  type DeploymentStatus,
  deploymentHealth,
  type TierHealth,
} from './deployment';
export type { StartFailureCode } from './failures';
export { httpDate } from './httpDate';
export { type IniResult, parseIni } from './lojaIni';
export { NGINX_CONF, type NginxTestResult, nginxConfigTest, nginxVersion } from './nginx/configTest';
export type { Listen, NginxConfig, ServerBlock } from './nginx/statements';
export type { HttpResponse } from './pages';
export { CERT_WARNING_DAYS } from './serverChecks';
export * from './serverHealth';
export type { VisitorView } from './visitor';
