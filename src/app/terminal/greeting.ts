/** The first lines the terminal shows, before the first prompt. */
export const GREETING =
  'DriftLab — bastion (Debian GNU/Linux 12)\nType help to see the commands; ssh web-01 to visit a server.\n\n';
