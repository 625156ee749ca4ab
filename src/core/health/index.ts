/** Public API of health: start checks, `nginx -t`, server and deployment health. */
export { canStart, LOJA_INI, type StartCheck, type StartOptions } from './canStart';
export type { StartFailureCode } from './failures';
export { type IniResult, parseIni } from './lojaIni';
export { NGINX_CONF, type NginxTestResult, nginxConfigTest, nginxVersion } from './nginx/configTest';
export type { Listen, NginxConfig, ServerBlock } from './nginx/statements';
export * from './serverHealth';
