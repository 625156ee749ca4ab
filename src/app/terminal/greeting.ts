/** The first lines the terminal shows, before the first prompt; `hint` is the lab's tip in the learner's language. */
export function greeting(hint: string): string {
  return `DriftLab — bastion (Debian GNU/Linux 12)\n${hint}\n\n`;
}
