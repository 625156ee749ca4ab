/**
 * Upper bounds a saved or imported world must respect. They are far above anything the lab builds (frota has
 * 8 servers, frota-grande at most 10,000), so they only stop corrupt or hostile input from exhausting memory.
 * Lengths are in UTF-16 code units, which is what a JavaScript string measures.
 */
export const LIMITS = {
  /** Whole serialized text; a 1,000-server fleet is about 35 MB. */
  textChars: 256 * 1024 * 1024,
  /** Nesting depth of the JSON; the world model is 7 levels deep. */
  depth: 32,
  servers: 20_000,
  /** Nodes (files and directories) per server. */
  fsNodes: 100_000,
  fileChars: 1024 * 1024,
  pathChars: 4096,
  /** Hostnames, package, unit, user, environment and variable names. */
  nameChars: 253,
  /** Descriptions, journal messages, command lines, versions, ids. */
  textLine: 8192,
  packages: 10_000,
  services: 2_000,
  journalLines: 10_000,
  users: 5_000,
  groupsPerUser: 256,
  certificates: 1_000,
  aptSources: 64,
  environments: 256,
  varsPerEnv: 1_000,
  /** A variable may hold a rendered inventory of every host. */
  varChars: 1024 * 1024,
  events: 10_000,
  eventParams: 64,
  ledgerEntries: 1_000_000,
  manifestFiles: 10_000,
  managedDirs: 1_000,
} as const;
