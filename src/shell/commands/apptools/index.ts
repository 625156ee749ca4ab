/** The application tools: nginx's own binary, needrestart, psql on the database hosts and the shop's loja-manage. */
import type { CommandSpec } from '../../types';
import { lojaManageCommand } from './lojaManage';
import { needrestartCommand } from './needrestart';
import { nginxCommand } from './nginx';
import { psqlCommand } from './psql';

export function appToolCommands(): CommandSpec[] {
  return [nginxCommand, needrestartCommand, psqlCommand, lojaManageCommand];
}
