export const CLASS_MISSIONS: string[];
export function classSessionJson(i: number): string;
