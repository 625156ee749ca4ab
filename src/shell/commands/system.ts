import { type CommandSpec, ok } from '../types';

export const hostnameCommand: CommandSpec = {
  name: 'hostname',
  summary: 'show the system host name',
  usage: 'hostname',
  run: ({ session }) => ok(`${session.host}\n`),
};

export const whoamiCommand: CommandSpec = {
  name: 'whoami',
  summary: 'print effective user name',
  usage: 'whoami',
  run: ({ user }) => ok(`${user}\n`),
};
