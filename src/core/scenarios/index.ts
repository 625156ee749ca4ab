export { buildWorld, FROTA_SPECS, frotaWorld, type WorldOptions } from './frota/fleet';
export { frotaGrandeWorld } from './frota/large';
export { frotaManifests, LOJA_RELEASE, LOJA_SCHEMA } from './frota/manifests';
