/** "1 ny åtgärd", "3 nya åtgärder": Swedish count phrases. */
export function countText(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
